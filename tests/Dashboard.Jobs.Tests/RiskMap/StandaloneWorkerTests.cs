using System.Diagnostics;
using Dashboard.Geo.Domain.Risk;
using Dashboard.Jobs.RiskMap;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Jobs.Tests.RiskMap;

/// <summary>The scale-out mode: a job enqueued by one process is run by the standalone Dashboard.Jobs worker.</summary>
public sealed class StandaloneWorkerTests(RiskMapHost host) : IClassFixture<RiskMapHost>
{
    [Fact]
    public async Task Worker_RunsAJobEnqueuedElsewhere()
    {
        using var worker = StartWorker();
        try
        {
            host.Services.GetRequiredService<IBackgroundJobClient>()
                .Enqueue<RiskMapJob>(job => job.RunAsync("worker-test", CancellationToken.None));

            var run = await WaitForRunAsync("worker-test", TimeSpan.FromMinutes(2), worker);

            Assert.Equal(RiskRunStatus.Succeeded, run.Status);
            Assert.True(run.CellCount > 0);
        }
        finally
        {
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
        }
    }

    private Process StartWorker()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Dashboard.sln")))
            root = root.Parent ?? throw new InvalidOperationException("Dashboard.sln not found");
        var dll = Path.Combine(root.FullName, "Dashboard.Jobs", "bin", configuration, "net10.0", "Dashboard.Jobs.dll");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["ConnectionStrings__Dashboard"] = host.Database.ConnectionString;
        start.Environment["Risk__GridEdgeMetres"] = "10000";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task<RiskRun> WaitForRunAsync(string trigger, TimeSpan timeout, Process worker)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            Assert.False(worker.HasExited, $"the worker exited with {(worker.HasExited ? worker.ExitCode : 0)}");
            await using var db = host.Database.CreateGeoContext();
            var run = await db.RiskRuns.AsNoTracking().Where(r => r.Trigger == trigger && r.Status != RiskRunStatus.Running).FirstOrDefaultAsync();
            if (run is not null)
                return run;
            await Task.Delay(200);
        }
        throw new TimeoutException($"No '{trigger}' run finished within {timeout}");
    }
}
