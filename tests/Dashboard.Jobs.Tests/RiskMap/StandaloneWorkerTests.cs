using System.Diagnostics;
using Dashboard.Geo.Domain.Risk;
using Dashboard.Jobs.RiskMap;
using Dashboard.Testing;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Jobs.Tests.RiskMap;

/// <summary>The scale-out mode: a job enqueued by one process is run by the standalone Dashboard.Worker.</summary>
public sealed class StandaloneWorkerTests(RiskMapHost host) : IClassFixture<RiskMapHost>
{
    [Fact]
    public async Task Worker_RunsAJobEnqueuedElsewhere()
    {
        var (worker, output) = StartWorker();
        using var _ = worker;
        try
        {
            host.Services.GetRequiredService<IBackgroundJobClient>()
                .Enqueue<RiskMapJob>(job => job.RunAsync("worker-test", CancellationToken.None));

            // The worker logs when a run ends (done or failed): each line it writes is a cue to look at the runs again.
            var run = await output.WaitForAsync(() => FinishedRunAsync("worker-test"), TimeSpan.FromMinutes(2), "the worker finishing the run");

            Assert.Equal(RiskRunStatus.Succeeded, run.Status);
            Assert.True(run.CellCount > 0);
        }
        finally
        {
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
        }
    }

    private (Process, ProcessOutput) StartWorker()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Dashboard.sln")))
            root = root.Parent ?? throw new InvalidOperationException("Dashboard.sln not found");
        var dll = Path.Combine(root.FullName, "Dashboard.Worker", "bin", configuration, "net10.0", "Dashboard.Worker.dll");
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
        return (process, new ProcessOutput(process));
    }

    private async Task<RiskRun?> FinishedRunAsync(string trigger)
    {
        await using var db = host.Database.CreateGeoContext();
        return await db.RiskRuns.AsNoTracking().Where(r => r.Trigger == trigger && r.Status != RiskRunStatus.Running).FirstOrDefaultAsync();
    }
}
