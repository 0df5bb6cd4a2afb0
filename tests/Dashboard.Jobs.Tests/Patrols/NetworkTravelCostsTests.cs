using Dashboard.Geo.Domain.Patrols;
using Dashboard.Geo.Queries.Travel;
using Dashboard.Jobs.Patrols;
using static Dashboard.Jobs.Tests.Patrols.PatrolInstances;

namespace Dashboard.Jobs.Tests.Patrols;

public sealed class NetworkTravelCostsTests
{
    private const double Detour = 1.3;
    private const double Inf = double.PositiveInfinity;

    [Fact]
    public void APairJoinedByTheNetwork_TravelsAlongIt_EvenWhenTheStraightLineGuessIsShorter()
    {
        // The base and stop "a" both sit on a road that winds 50 km between them, 11 km apart as the crow flies.
        PatrolStop[] stops = [Stop("a", 0, 0.1, 1)];
        var network = Network([0, 0], [0, 50_000, 50_000, 0]);

        var metres = new NetworkTravelCosts(network, Detour).DistanceMatrix(Nunukan, stops, PatrolMode.Land);

        Assert.Equal(50_000, metres[0 * 2 + 1], 6);
        Assert.Equal(50_000, metres[1 * 2 + 0], 6);
    }

    [Fact]
    public void GettingOntoTheNetwork_CountsAsOffNetworkTravel_WithTheDetour()
    {
        PatrolStop[] stops = [Stop("a", 0, 0.1, 1)];
        var network = Network([100, 400], [0, 20_000, 20_000, 0]);

        var metres = new NetworkTravelCosts(network, Detour).DistanceMatrix(Nunukan, stops, PatrolMode.Land);

        Assert.Equal(Detour * 500 + 20_000, metres[1], 6);
    }

    [Fact]
    public void AStopOffTheNetwork_IsReachedInAStraightLine()
    {
        PatrolStop[] stops = [Stop("a", 0, 0.1, 1), Stop("b", 0.1, 0, 1)];
        var network = Network([0, 0, double.NaN], [0, 30_000, Inf, 30_000, 0, Inf, Inf, Inf, 0]);

        var travel = new NetworkTravelCosts(network, Detour);
        var metres = travel.DistanceMatrix(Nunukan, stops, PatrolMode.Land);
        var straight = new StraightLineTravelCosts(Detour).DistanceMatrix(Nunukan, stops, PatrolMode.Land);

        Assert.Equal(straight[0 * 3 + 2], metres[0 * 3 + 2], 6);
        Assert.Equal(straight[1 * 3 + 2], metres[1 * 3 + 2], 6);
        Assert.Equal(2, travel.PointsOnNetwork);
        Assert.False(travel.OnNetwork(2));
    }

    [Fact]
    public void TwoStopsCloserToEachOtherThanToTheWay_GoStraightAcross()
    {
        // Both stops lie 3 km off the same road, on the same side, 1.1 km apart.
        PatrolStop[] stops = [Stop("a", 0.05, 0.05, 1), Stop("b", 0.06, 0.05, 1)];
        var network = Network([0, 3_000, 3_000], [0, 9_000, 9_000, 9_000, 0, 0, 9_000, 0, 0]);

        var metres = new NetworkTravelCosts(network, Detour).DistanceMatrix(Nunukan, stops, PatrolMode.Land);
        var straight = new StraightLineTravelCosts(Detour).DistanceMatrix(Nunukan, stops, PatrolMode.Land);

        Assert.Equal(straight[1 * 3 + 2], metres[1 * 3 + 2], 6);
        Assert.Equal(Detour * 3_000 + 9_000, metres[0 * 3 + 1], 6);
    }

    [Fact]
    public void MixingNetworkAndStraightLines_StillGivesShortestPaths()
    {
        // Base to "b" by road is 200 km round a bay; via "a", off the road, it is far shorter.
        PatrolStop[] stops = [Stop("a", 0.05, 0.05, 1), Stop("b", 0.1, 0.1, 1)];
        var network = Network([0, double.NaN, 0], [0, Inf, 200_000, Inf, 0, Inf, 200_000, Inf, 0]);

        var metres = new NetworkTravelCosts(network, Detour).DistanceMatrix(Nunukan, stops, PatrolMode.Land);

        Assert.Equal(metres[0 * 3 + 1] + metres[1 * 3 + 2], metres[0 * 3 + 2], 6);
        Assert.True(metres[0 * 3 + 2] < 200_000);
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++)
                for (var k = 0; k < 3; k++)
                    Assert.True(metres[i * 3 + j] <= metres[i * 3 + k] + metres[k * 3 + j] + 1e-6, $"{i}→{j} is longer than through {k}");
    }

    [Fact]
    public void StopsOtherThanThoseMeasured_AreRefused()
    {
        var network = Network([0, 0], [0, 1, 1, 0]);

        var error = Assert.Throws<ArgumentException>(() =>
            new NetworkTravelCosts(network, Detour).DistanceMatrix(Nunukan, [Stop("a", 0, 0.1, 1), Stop("b", 0.1, 0, 1)], PatrolMode.Land));

        Assert.StartsWith("The network was measured for 2 points (a base and its stops), not 3.", error.Message);
    }

    [Fact]
    public void WithNoNetwork_TheMatrixIsTheStraightLineOne()
    {
        PatrolStop[] stops = [Stop("a", 0, 0.1, 1), Stop("b", 0.1, 0, 1)];

        var metres = new NetworkTravelCosts(NetworkDistances.None(3), Detour).DistanceMatrix(Nunukan, stops, PatrolMode.Sea);

        Assert.Equal(new StraightLineTravelCosts(Detour).DistanceMatrix(Nunukan, stops, PatrolMode.Sea), metres);
    }

    private static NetworkDistances Network(double[] snapMetres, double[] pathMetres) => new(snapMetres.Length, snapMetres, pathMetres);
}
