using Dashboard.Jobs.Risk;

namespace Dashboard.Jobs.Tests.Risk;

public sealed class NearestPointIndexTests
{
    [Fact]
    public void NearestDistance_FindsTheClosestAcrossBuckets()
    {
        var index = new NearestPointIndex([(0, 0), (35_000, 0), (100_000, 100_000)], 20_000);

        Assert.Equal(5_000, index.NearestDistance(30_000, 0, 500_000), 9);
        // From (60 km, 60 km): (35 km, 0) is 65 km away, (100 km, 100 km) is 56.57 km away, two buckets further out.
        Assert.Equal(Math.Sqrt(2) * 40_000, index.NearestDistance(60_000, 60_000, 500_000), 6);
    }

    [Fact]
    public void NearestDistance_BeyondTheMaximum_IsInfinite()
    {
        var index = new NearestPointIndex([(0, 0)], 20_000);

        Assert.Equal(double.PositiveInfinity, index.NearestDistance(200_000, 0, 150_000));
    }
}
