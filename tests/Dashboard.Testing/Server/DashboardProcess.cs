using System.Diagnostics;

namespace Dashboard.Testing.Server;

/// <summary>One running instance of the built Dashboard.Web.dll on 127.0.0.1, with its output kept in a log file.</summary>
public sealed class DashboardProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly string _logPath = Path.Combine(Path.GetTempPath(), $"dashboard-e2e-{Guid.NewGuid():N}.log");
    private readonly Process _process;

    private DashboardProcess(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    /// <summary>The server's process, for benchmarks that read its memory.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts the app with the given environment and returns once it answers; <paramref name="port"/> 0 picks a free one.</summary>
    public static async Task<DashboardProcess> StartAsync(IReadOnlyDictionary<string, string> environment, int port = 0)
    {
        var baseUri = new Uri($"http://127.0.0.1:{(port == 0 ? FreePort.Next() : port)}/");
        var dll = Path.Combine(RepositoryPaths.WebOutput, "Dashboard.Web.dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} does not exist; build the solution first.");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", baseUri.ToString().TrimEnd('/')])
        {
            WorkingDirectory = RepositoryPaths.WebOutput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        var instance = new DashboardProcess(Process.Start(start)!, baseUri);
        var log = new StreamWriter(instance._logPath) { AutoFlush = true };
        var output = new ProcessOutput(instance._process, line => { lock (log) log.WriteLine(line); });
        await instance.WaitUntilServingAsync(output);
        return instance;
    }

    /// <summary>
    /// Asks for the login page each time the app logs a line: migrations and the demo seed log as they go, and Kestrel
    /// logs "Now listening on" the moment it accepts connections.
    /// </summary>
    private async Task WaitUntilServingAsync(ProcessOutput output)
    {
        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(30) };
        await output.WaitForAsync(async () =>
        {
            try
            {
                return (await http.GetAsync("account/login")).IsSuccessStatusCode ? this : null;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return null; // not listening yet, or too busy starting to answer within the probe's time
            }
        }, StartTimeout, $"the dashboard serving {BaseUri}");
    }

    public string ReadLog()
    {
        try
        {
            using var stream = new FileStream(_logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var text = new StreamReader(stream).ReadToEnd();
            return text.Length > 6000 ? text[^6000..] : text;
        }
        catch (IOException e)
        {
            return $"(no log: {e.Message})";
        }
    }

    /// <summary>Kills the process, as a crash or a pulled plug would: nothing is flushed or said goodbye.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
