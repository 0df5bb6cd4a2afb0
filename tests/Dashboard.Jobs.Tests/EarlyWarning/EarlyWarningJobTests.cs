using System.Text.Json;
using Dashboard.Jobs.EarlyWarning;
using Dashboard.Jobs.Tests.RiskMap;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Jobs.Tests.EarlyWarning;

public sealed class EarlyWarningJobTests(RiskMapHost host) : IClassFixture<RiskMapHost>
{
    [Fact]
    public async Task Run_OnTheDemoWorld_RaisesAlertsOnTheJune2023Surge_WithEvidence_AndOnlyOnce()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<EarlyWarningJob>();

        var first = await job.RunAsync(CancellationToken.None);
        var second = await job.RunAsync(CancellationToken.None);

        Assert.True(first > 0);
        Assert.Equal(0, second);
        await using var db = host.Database.CreateGeoContext();
        var westJava = await db.EarlyWarningAlerts
            .Where(a => a.AreaCode == "32" && a.WeekStart >= new DateOnly(2023, 5, 1) && a.WeekStart <= new DateOnly(2023, 7, 3))
            .OrderBy(a => a.WeekStart).FirstOrDefaultAsync();
        Assert.NotNull(westJava);
        Assert.True(westJava.Statistic >= westJava.Threshold);
        Assert.True(westJava.Observed > westJava.Expected * 1.5);
        var evidence = JsonDocument.Parse(westJava.Evidence).RootElement;
        Assert.Equal(westJava.Observed, evidence.GetProperty("counts").EnumerateArray().Last().GetInt32());
        Assert.Equal(evidence.GetProperty("counts").GetArrayLength(), evidence.GetProperty("baseline").GetArrayLength());
        Assert.Equal(westJava.Threshold, evidence.GetProperty("threshold").GetDouble(), 9);
        // Quiet provinces are never charted on their own.
        Assert.False(await db.EarlyWarningAlerts.AnyAsync(a => a.AreaCode == "75" || a.AreaCode == "82"));
    }
}
