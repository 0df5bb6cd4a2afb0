using Dashboard.Geo.Queries;

namespace Dashboard.Geo.Tests.Queries;

public sealed class SmallCountTests
{
    [Theory]
    [InlineData(0, "<5")]
    [InlineData(1, "<5")]
    [InlineData(4, "<5")]
    [InlineData(5, "5")]
    [InlineData(470, "470")]
    public void Show_HidesCountsBelowFive(long count, string shown) =>
        Assert.Equal(shown, SmallCount.Show(count));
}
