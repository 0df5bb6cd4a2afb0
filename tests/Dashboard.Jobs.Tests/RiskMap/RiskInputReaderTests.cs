using Dashboard.Geo.Domain.Patrols;
using Dashboard.Geo.Spatial;
using Dashboard.Jobs.Risk;
using Dashboard.Jobs.RiskMap;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Jobs.Tests.RiskMap;

/// <summary>What the risk model reads of the patrols: where completed ones went, from PostGIS.</summary>
public sealed class RiskInputReaderTests(RiskMapHost host) : IClassFixture<RiskMapHost>
{
    [Fact]
    public async Task Read_GivesTheStopsOfCompletedPatrols_NotTheirBase_NorPlannedOrOldOnes()
    {
        var now = DateTimeOffset.UtcNow;
        await using (var db = host.Database.CreateGeoContext())
        {
            db.Patrols.AddRange(
                Patrol(PatrolStatus.Done, now.AddDays(-2), (111.0, 0.5), (111.1, 0.6)),
                Patrol(PatrolStatus.Planned, null, (111.3, 0.7)),
                Patrol(PatrolStatus.Done, now.AddDays(-500), (111.4, 0.8)));
            await db.SaveChangesAsync();
        }

        var inputs = await host.Services.GetRequiredService<RiskInputReader>()
            .ReadAsync(DateOnly.FromDateTime(now.AddHours(7).DateTime), new RiskOptions(), CancellationToken.None);

        Assert.Equal([(111.0, 0.5), (111.1, 0.6)], inputs.PatrolVisits!.Select(p => (p.Longitude, p.Latitude)).Order());
    }

    private static Patrol Patrol(PatrolStatus status, DateTimeOffset? completed, params (double Lon, double Lat)[] stops)
    {
        (double, double) home = (110.35, 1.03);
        return new Patrol
        {
            BaseCode = "ENT", BaseName = "PLBN Entikong", Mode = PatrolMode.Land, PlannedFor = DateOnly.FromDateTime(DateTime.UtcNow), Team = "Tim uji",
            Waypoints = [.. stops.Select((s, i) => new PatrolWaypoint { StopId = $"cell:{i}", Name = "uji", Longitude = s.Lon, Latitude = s.Lat, Risk = 1 })],
            Route = Geometries.Line([home, .. stops, home]),
            Status = status, CreatedBy = "uji", CreatedAt = DateTimeOffset.UtcNow.AddDays(-600), CompletedAt = completed,
        };
    }
}
