using Dashboard.Demo;
using Dashboard.Demo.RealGeography;
using Dashboard.Geo.Spatial;

namespace Dashboard.Geo.Tests.Demo;

public sealed class DemoWorldGeneratorTests
{
    private static readonly DemoWorld World = DemoWorldGenerator.Generate(new DemoWorldOptions(7, DemoSize.Default, DemoWorldOptions.DefaultToday));

    [Fact]
    public void Generate_WithSameSeed_GivesIdenticalWorld()
    {
        var again = DemoWorldGenerator.Generate(new DemoWorldOptions(7, DemoSize.Default, DemoWorldOptions.DefaultToday));

        Assert.Equal(World.Cases.Select(c => (c.Reference, c.Location.X, c.Location.Y, c.VictimCount)),
            again.Cases.Select(c => (c.Reference, c.Location.X, c.Location.Y, c.VictimCount)));
        Assert.Equal(World.RatRoutes.Select(r => r.Path.ToText()), again.RatRoutes.Select(r => r.Path.ToText()));
    }

    [Fact]
    public void Generate_WithAnotherSeed_GivesAnotherWorld()
    {
        var other = DemoWorldGenerator.Generate(new DemoWorldOptions(8, DemoSize.Default, DemoWorldOptions.DefaultToday));

        Assert.NotEqual(World.Cases.Select(c => c.Location.X).Take(50), other.Cases.Select(c => c.Location.X).Take(50));
    }

    [Fact]
    public void Generate_Large_MeetsTheBenchmarkMinimums()
    {
        var large = DemoWorldGenerator.Generate(new DemoWorldOptions(1, DemoSize.Large, DemoWorldOptions.DefaultToday));

        Assert.True(large.Cases.Count >= 99_900, $"{large.Cases.Count} cases");
        Assert.True(large.RatRoutes.Count >= 1_000);
        Assert.True(large.Villages.Count >= 5_000);
    }

    [Fact]
    public void Generate_EveryGeometryPassesTheGuard()
    {
        var problems = World.RatRoutes.Select(r => GeometryGuard.Check("Rat route", r.LocalName, r.Path))
            .Concat(World.Cases.Select(c => GeometryGuard.Check("Case origin", c.Reference, c.Location)))
            .Concat(World.Villages.Select(v => GeometryGuard.Check("Assisted village", v.VillageCode, v.Location)))
            .Concat(World.Crossings.Select(c => GeometryGuard.Check("Border crossing", c.Code, c.Location)))
            .OfType<GeometryProblem>();

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("CGK", 106.6559, -6.1256)]
    [InlineData("ENT", 110.36, 0.99)]
    [InlineData("MTA", 125.10, -8.96)]
    [InlineData("BTC", 104.05, 1.13)]
    public void Generate_PlacesRealCrossingsWithinAFewKilometres(string code, double lon, double lat)
    {
        var crossing = World.Crossings.Single(c => c.Code == code);

        Assert.InRange(crossing.Location.X, lon - 0.05, lon + 0.05);
        Assert.InRange(crossing.Location.Y, lat - 0.05, lat + 0.05);
    }

    [Fact]
    public void Generate_June2023_SurgesSeveralTimesAbove2022sMedianMonth()
    {
        var monthly2022 = World.Cases.Where(c => c.ReportedOn.Year == 2022).GroupBy(c => c.ReportedOn.Month).Select(g => g.Count()).Order().ToList();
        var june2023 = World.Cases.Count(c => c.ReportedOn is { Year: 2023, Month: 6 });

        Assert.True(june2023 > 4 * monthly2022[6], $"June 2023: {june2023}, 2022 median: {monthly2022[6]}");
    }

    [Fact]
    public void Generate_CoversFiveYears_EndingToday()
    {
        Assert.True(World.Cases.Min(c => c.ReportedOn) <= DemoWorldOptions.DefaultToday.AddYears(-5).AddDays(31));
        Assert.Equal(DemoWorldOptions.DefaultToday.Year, World.Cases.Max(c => c.ReportedOn).Year);
    }

    [Fact]
    public void Generate_VictimsAreOverwhelminglyWomenAndChildren()
    {
        var groups = World.Cases.SelectMany(c => c.Victims).ToList();
        var womenAndChildren = groups.Where(g => g.Sex == Domain.Cases.Sex.Female || Domain.Cases.AgeGroupExtensions.IsMinor(g.AgeGroup)).Sum(g => g.Count);

        Assert.InRange((double)womenAndChildren / groups.Sum(g => g.Count), 0.95, 0.99);
    }

    [Fact]
    public void Generate_OriginProvincesNamedInThePapersLeadTheCount()
    {
        var top = World.Cases.GroupBy(c => c.ProvinceCode).OrderByDescending(g => g.Count()).Take(6).Select(g => g.Key).ToHashSet();

        Assert.Subset(new HashSet<string> { "32", "61", "53", "52", "18", "35", "12", "16", "33" }, top);
        Assert.Contains("32", top);
    }

    [Fact]
    public void Generate_CasesReferToKnownRegenciesAndNeverHaveTwoExits()
    {
        var regencies = Regencies.All.Select(r => r.Code).ToHashSet();

        Assert.All(World.Cases, c =>
        {
            Assert.Contains(c.RegencyCode, regencies);
            Assert.StartsWith(c.ProvinceCode + ".", c.RegencyCode);
            Assert.False(c.ExitCrossingId is not null && c.ExitRatRouteId is not null);
        });
        Assert.Equal(World.Cases.Count, World.Cases.Select(c => (c.ReportingAgency, c.Reference)).Distinct().Count());
    }

    [Fact]
    public void Generate_OnlineScamCasesRiseFrom2022()
    {
        double Share(int year) => World.Cases.Where(c => c.ReportedOn.Year == year).Average(c => c.ModusOperandiCode == "ONLINE_SCAM_JOB" ? 1.0 : 0.0);

        Assert.True(Share(2024) > 4 * Share(2021), $"2021: {Share(2021):P1}, 2024: {Share(2024):P1}");
    }
}
