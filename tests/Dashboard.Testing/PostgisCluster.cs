using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Dashboard.Testing;

/// <summary>
/// The PostgreSQL + PostGIS server the tests of this process share. `./dashboard test` starts one and passes its
/// admin connection string in DASHBOARD_TEST_PG; a test run started any other way gets a private cluster of its
/// own, in a temporary folder on a free port, removed when the process ends.
/// </summary>
public static class PostgisCluster
{
    public const string EnvironmentVariable = "DASHBOARD_TEST_PG";
    private static readonly Lazy<Task<string>> Admin = new(StartAsync);

    /// <summary>Connection string of a superuser on the `postgres` database.</summary>
    public static Task<string> AdminConnectionStringAsync() => Admin.Value;

    private static async Task<string> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
            return given;

        var bin = FindPostgresBin();
        var folder = Directory.CreateTempSubdirectory("dashboard-pg-").FullName;
        var data = Path.Combine(folder, "data");
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        StartWatchdog(bin, data, folder, asRoot);
        if (asRoot)
        {
            // initdb refuses to run as root, so the cluster belongs to postgres, who must reach the folder.
            await RunAsync("chown", ["postgres", folder]);
            await RunAsync("test", ["-w", folder], asPostgres: true,
                failure: $"The postgres user cannot write to {folder}; point TMPDIR at a folder every user can reach, e.g. /tmp.");
        }
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"], asRoot);
        // -w: pg_ctl returns once the server accepts connections (it polls; no fixed sleep).
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "postgres.log"), "-w", "-t", "120", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start"], asRoot);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true";
    }

    // vstest kills the test host moments after the last test, before ProcessExit handlers finish (and a killed
    // process runs none), so cleanup is left to a detached watchdog that outlives us: once this process is gone it
    // stops the cluster and deletes its folder.
    private static void StartWatchdog(string bin, string data, string folder, bool asRoot)
    {
        var stop = $"{(asRoot ? "runuser -u postgres -- " : "")}'{bin}/pg_ctl' -D '{data}' -m immediate -w stop";
        var script = $"exec </dev/null >/dev/null 2>&1; tail --pid={Environment.ProcessId} -f /dev/null; {stop}; rm -rf '{folder}'";
        using var watchdog = Process.Start(new ProcessStartInfo("setsid", ["-f", "sh", "-c", script]) { WorkingDirectory = "/" })
            ?? throw new InvalidOperationException("Could not start the watchdog that removes the test cluster.");
        watchdog.WaitForExit();
    }

    private static string FindPostgresBin()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin"))
            : [];
        foreach (var bin in candidates)
        {
            var share = Path.Combine(Path.GetDirectoryName(bin)!.Replace("/usr/lib/", "/usr/share/"), "extension", "postgis.control");
            if (File.Exists(Path.Combine(bin, "initdb")) && File.Exists(share))
                return bin;
        }
        throw new InvalidOperationException(
            "PostgreSQL with PostGIS was not found under /usr/lib/postgresql. Run ./dashboard test, which installs them, " +
            $"or set {EnvironmentVariable} to a superuser connection string of a server that has PostGIS.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string[] args, bool asPostgres = false, string? failure = null)
    {
        var start = asPostgres
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", file, .. args])
            : new ProcessStartInfo(file, args);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = "/";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(failure ?? $"{file} {string.Join(' ', args)} failed ({process.ExitCode}):\n{await output}\n{await error}");
    }

    internal static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
