using Dashboard.Jobs.Patrols;
using static Dashboard.Jobs.Tests.Patrols.PatrolInstances;
using Dashboard.Geo.Domain.Patrols;

namespace Dashboard.Jobs.Tests.Patrols;

public sealed class TravelCostsTests
{
    [Fact]
    public void HaversineMetres_OfADegreeOfLatitude_IsAnArcOfTheMeanRadius()
    {
        Assert.Equal(111_195.08, StraightLineTravelCosts.HaversineMetres(117.6, 4.1, 117.6, 5.1), 2);
        // A degree of longitude at 4.1° N is shorter by about cos 4.1° (0.99744).
        Assert.Equal(110_910.6, StraightLineTravelCosts.HaversineMetres(117.6, 4.1, 118.6, 4.1), 0);
    }

    [Fact]
    public void DistanceMatrix_IsSymmetricStretchedByTheDetourAndPutsTheBaseFirst()
    {
        PatrolStop[] stops = [Stop("a", 0, 0.1, 1), Stop("b", 0.1, 0, 1)];

        var metres = new StraightLineTravelCosts(1.3).DistanceMatrix(Nunukan, stops, PatrolMode.Land);

        Assert.Equal(9, metres.Length);
        Assert.Equal([0.0, 0.0, 0.0], new[] { metres[0], metres[4], metres[8] });
        Assert.Equal(1.3 * 11_119.508, metres[0 * 3 + 1], 2);
        Assert.Equal(metres[1 * 3 + 2], metres[2 * 3 + 1]);
        Assert.Equal(1.3 * StraightLineTravelCosts.HaversineMetres(117.6, 4.2, 117.7, 4.1), metres[1 * 3 + 2], 6);
    }

    [Fact]
    public void StraightLineTravelCosts_WithADetourUnderOne_IsRefused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new StraightLineTravelCosts(0.9));

        Assert.StartsWith("A detour factor must be a finite number of at least 1; got 0.9.", error.Message);
    }

    [Fact]
    public void Suggest_WithANetworkMatrix_PlansOnItsDistances()
    {
        // Stop "a" is close as the crow flies but 100 km away by the network; "b" is the one a 40 km budget reaches.
        PatrolStop[] stops = [Stop("a", 0, 0.01, 9), Stop("b", 0.1, 0, 1)];
        double[] metres = [0, 100_000, 15_000, 100_000, 0, 100_000, 15_000, 100_000, 0];
        var planner = new PatrolPlanner(new PatrolPlannerOptions(), new FixedTravelCosts(metres));

        var suggestion = planner.Suggest(Nunukan, stops, PatrolBudget.Kilometres(40), PatrolMode.Land, new Random(1));

        Assert.Equal(["b"], suggestion.Best.Stops.Select(s => s.Id));
        Assert.Equal(30, suggestion.Best.Kilometres, 9);
    }

    [Fact]
    public void Suggest_WithAMisshapenNetworkMatrix_Fails()
    {
        var planner = new PatrolPlanner(new PatrolPlannerOptions(), new FixedTravelCosts([0, 1, 1]));

        var error = Assert.Throws<InvalidOperationException>(() =>
            planner.Suggest(Nunukan, [Stop("a", 0, 0.1, 1)], PatrolBudget.Hours(8), PatrolMode.Land, new Random(1)));

        Assert.Equal("FixedTravelCosts returned 3 distances for 2 points; expected 4.", error.Message);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(102)]
    [InlineData(103)]
    [InlineData(104)]
    [InlineData(105)]
    [InlineData(106)]
    [InlineData(107)]
    [InlineData(108)]
    [InlineData(109)]
    [InlineData(110)]
    public void Suggest_OnAsymmetricNetworks_IsWithinThreePercentOfOptimum(int seed)
    {
        // One-way roads and currents: each direction of each pair gets its own detour between 1.0 and 1.8, then
        // legs are shortened to the shortest path, as a network's cost matrix would give.
        var instance = Small(seed);
        var straight = new StraightLineTravelCosts(1).DistanceMatrix(Nunukan, instance.Stops, instance.Mode);
        var rng = new Random(seed);
        var size = instance.Stops.Count + 1;
        var metres = ShortestPaths(straight.Select(d => d * (1 + 0.8 * rng.NextDouble())).ToArray(), size);
        Assert.Contains(Enumerable.Range(0, metres.Length), i => Math.Abs(metres[i] - metres[i % size * size + i / size]) > 1);
        var options = new PatrolPlannerOptions();
        var planner = new PatrolPlanner(options, new FixedTravelCosts(metres));
        var optimum = PatrolBruteForce.OptimalRisk(instance.Stops, metres, instance.Budget, options.SpeedKmh(instance.Mode));

        var suggestion = planner.Suggest(Nunukan, instance.Stops, instance.Budget, instance.Mode, new Random(seed));

        Assert.True(suggestion.Best.Risk >= 0.97 * optimum && suggestion.Best.Risk <= optimum + 1e-9,
            $"seed {seed}: best risk {suggestion.Best.Risk}, optimum {optimum}");
        var (km, _) = Measure(suggestion.Best, instance.Stops, metres, options.SpeedKmh(instance.Mode));
        Assert.Equal(km, suggestion.Best.Kilometres, 6);
    }

    private static double[] ShortestPaths(double[] metres, int size)
    {
        for (var k = 0; k < size; k++)
        {
            for (var i = 0; i < size; i++)
            {
                for (var j = 0; j < size; j++)
                    metres[i * size + j] = Math.Min(metres[i * size + j], metres[i * size + k] + metres[k * size + j]);
            }
        }
        return metres;
    }

    private sealed class FixedTravelCosts(double[] metres) : ITravelCosts
    {
        public double[] DistanceMatrix(PatrolBase home, IReadOnlyList<PatrolStop> stops, PatrolMode mode) => metres;
    }
}
