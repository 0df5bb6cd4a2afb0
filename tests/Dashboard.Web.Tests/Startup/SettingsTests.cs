using Dashboard.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Web.Tests.Startup;

/// <summary>A wrong setting stops the start with a message that names it, rather than being ignored.</summary>
public sealed class SettingsTests(PostgisDatabaseFixture database) : IClassFixture<PostgisDatabaseFixture>
{
    [Theory]
    [InlineData("Risk:GridEdgeMetre", "5000", "Risk:GridEdgeMetre")]
    [InlineData("Patrols:LandSpeedKph", "40", "Patrols:LandSpeedKph")]
    [InlineData("SituationFeed:SweepIntervall", "00:00:05", "SituationFeed:SweepIntervall")]
    [InlineData("Alerts:OffloadingClusterSize", "three", "Alerts:OffloadingClusterSize")]
    public void AMisspelledOrMistypedSetting_StopsTheStart_NamingTheKey(string key, string value, string named)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Dashboard", database.ConnectionString);
            web.UseSetting("Demo:Seed", "false");
            web.UseSetting(key, value);
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains(named, Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void AValueOutOfItsRange_StopsTheStart_NamingTheSetting()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Dashboard", database.ConnectionString);
            web.UseSetting("Demo:Seed", "false");
            web.UseSetting("SituationFeed:SweepInterval", "01:00:00");
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains("SweepInterval", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : $"{e.Message} | {Flatten(e.InnerException)}";
}
