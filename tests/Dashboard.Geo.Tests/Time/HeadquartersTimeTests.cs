using Dashboard.Geo.Time;

namespace Dashboard.Geo.Tests.Time;

public sealed class HeadquartersTimeTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Today_TurnsAtMidnightInJakarta_NotAtUtcMidnight()
    {
        Assert.Equal(new DateOnly(2026, 12, 1), new FixedClock(new DateTimeOffset(2026, 12, 1, 16, 59, 0, TimeSpan.Zero)).HeadquartersToday());
        Assert.Equal(new DateOnly(2026, 12, 2), new FixedClock(new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero)).HeadquartersToday());
    }

    [Fact]
    public void TheOffset_IsThatOfTheNamedZone()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(HeadquartersTime.ZoneId);
        foreach (var month in new[] { 1, 7 })
            Assert.Equal(HeadquartersTime.Offset, zone.GetUtcOffset(new DateTime(2026, month, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero), HeadquartersTime.StartOf(new DateOnly(2026, 12, 1)));
    }
}
