using Dashboard.Testing;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Dashboard.E2E.Infrastructure;

/// <summary>Debian's redis-server on a free 127.0.0.1 port, in memory only, for as long as a test class needs it.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        const string binary = "/usr/bin/redis-server";
        if (!File.Exists(binary))
            throw new InvalidOperationException("redis-server is not installed; `./dashboard test` installs it (apt-get install redis-server).");
        var port = FreePort.Next();
        var process = Process.Start(new ProcessStartInfo(binary, ["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var output = new ProcessOutput(process);
        var server = new RedisServer(process, port);
        // redis-server logs "Ready to accept connections" once it listens: each line is a cue to try PING again.
        await output.WaitForAsync(async () => await server.AnswersPingAsync() ? server : null, TimeSpan.FromSeconds(20), "redis-server answering PING");
        return server;
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes("PING\r\n"));
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
