using Dashboard.Jobs.Patrols;
using static Dashboard.Jobs.Tests.Patrols.PatrolInstances;
using Dashboard.Geo.Domain.Patrols;

namespace Dashboard.Jobs.Tests.Patrols;

public sealed class PatrolPlannerTests
{
    private static readonly PatrolPlannerOptions Options = new();
    private static readonly PatrolPlanner Planner = new(Options);

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 30; seed++)
            seeds.Add(seed);
        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Suggest_OnSmallInstances_IsWithinThreePercentOfOptimum(int seed)
    {
        var instance = Small(seed);
        var metres = new StraightLineTravelCosts(Options.DetourFactor).DistanceMatrix(Nunukan, instance.Stops, instance.Mode);
        var optimum = PatrolBruteForce.OptimalRisk(instance.Stops, metres, instance.Budget, Options.SpeedKmh(instance.Mode));

        var suggestion = Planner.Suggest(Nunukan, instance.Stops, instance.Budget, instance.Mode, new Random(seed));

        Assert.True(suggestion.Best.Risk >= 0.97 * optimum,
            $"seed {seed}: best risk {suggestion.Best.Risk} is under 97 % of the optimum {optimum} ({instance.Stops.Count} stops, {instance.Budget}, {instance.Mode})");
        Assert.True(suggestion.Best.Risk <= optimum + 1e-9,
            $"seed {seed}: best risk {suggestion.Best.Risk} beats the optimum {optimum}, so some plan breaks the budget");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Suggest_NeverExceedsTheBudget(int seed)
    {
        var instance = Small(seed);
        var metres = new StraightLineTravelCosts(Options.DetourFactor).DistanceMatrix(Nunukan, instance.Stops, instance.Mode);

        var suggestion = Planner.Suggest(Nunukan, instance.Stops, instance.Budget, instance.Mode, new Random(seed));

        foreach (var plan in suggestion.Alternatives.Prepend(suggestion.Best).Prepend(suggestion.Suggested))
        {
            var (km, hours) = Measure(plan, instance.Stops, metres, Options.SpeedKmh(instance.Mode));
            Assert.Equal(km, plan.Kilometres, 6);
            Assert.Equal(hours, plan.Hours, 6);
            Assert.True(plan.WithinBudget, $"seed {seed}: {plan} is flagged over budget {instance.Budget}");
            var spent = instance.Budget.IsHours ? hours : km;
            Assert.True(spent <= instance.Budget.Limit * (1 + 1e-9), $"seed {seed}: {plan} spends {spent}, over {instance.Budget}");
            Assert.Equal(plan.Stops.Count, plan.Stops.Select(s => s.Id).Distinct().Count());
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Suggest_DrawsTheSuggestionAmongNearBestPlans(int seed)
    {
        var instance = Small(seed);

        var suggestion = Planner.Suggest(Nunukan, instance.Stops, instance.Budget, instance.Mode, new Random(seed));

        Assert.True(suggestion.Suggested.Risk >= (1 - Options.NearBestTolerance) * suggestion.Best.Risk - 1e-9,
            $"seed {seed}: suggested risk {suggestion.Suggested.Risk} is not near the best {suggestion.Best.Risk}");
        Assert.InRange(suggestion.ShareOfBest, 1 - Options.NearBestTolerance - 1e-9, 1 + 1e-9);
        Assert.InRange(suggestion.NearBestCount, 1, int.MaxValue);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Suggest_GivesAlternativesThatDifferMeaningfullyByDecreasingRisk(int seed)
    {
        var instance = Small(seed);

        var suggestion = Planner.Suggest(Nunukan, instance.Stops, instance.Budget, instance.Mode, new Random(seed));

        Assert.InRange(suggestion.Alternatives.Count, 0, Options.MaxAlternatives);
        var shown = suggestion.Alternatives.Prepend(suggestion.Suggested).ToList();
        for (var a = 0; a < shown.Count; a++)
        {
            for (var b = a + 1; b < shown.Count; b++)
            {
                var ids = shown[a].Stops.Select(s => s.Id).ToHashSet();
                var shared = shown[b].Stops.Count(s => ids.Contains(s.Id));
                var overlap = (double)shared / Math.Min(shown[a].Stops.Count, shown[b].Stops.Count);
                Assert.True(overlap < Options.MaxAlternativeOverlap, $"seed {seed}: plans {a} and {b} share {overlap:P0} of their stops");
            }
        }
        for (var a = 1; a < suggestion.Alternatives.Count; a++)
            Assert.True(suggestion.Alternatives[a - 1].Risk >= suggestion.Alternatives[a].Risk);
    }

    [Fact]
    public void Suggest_WithTheSameSeed_GivesTheSamePlans()
    {
        var instance = Small(7);

        var first = Planner.Suggest(Nunukan, instance.Stops, instance.Budget, instance.Mode, new Random(42));
        var second = Planner.Suggest(Nunukan, instance.Stops, instance.Budget, instance.Mode, new Random(42));

        Assert.Equal(Ids(first.Suggested), Ids(second.Suggested));
        Assert.Equal(first.Alternatives.Select(Ids), second.Alternatives.Select(Ids));
    }

    [Fact]
    public void Suggest_WithSeveralEqualOptions_DrawsDifferentPlansForDifferentSeeds()
    {
        // Four equally risky stops 0.1° from the base, north, south, east and west; 30 km reaches one and back
        // (2 × 14.5 km) but never two, so there are four equally good plans.
        PatrolStop[] stops = [Stop("n", 0, 0.1, 3), Stop("s", 0, -0.1, 3), Stop("e", 0.1, 0, 3), Stop("w", -0.1, 0, 3)];
        var budget = PatrolBudget.Kilometres(30);

        var drawn = new HashSet<string>();
        for (var seed = 1; seed <= 20; seed++)
        {
            var suggestion = Planner.Suggest(Nunukan, stops, budget, PatrolMode.Land, new Random(seed));
            Assert.Equal(4, suggestion.NearBestCount);
            Assert.Equal(3, suggestion.Suggested.Risk);
            drawn.Add(Ids(suggestion.Suggested));
        }

        Assert.True(drawn.Count >= 3, $"20 seeds drew only {string.Join(", ", drawn)}");
    }

    [Fact]
    public void Suggest_WithNoCandidates_GivesAnEmptyPlan()
    {
        var suggestion = Planner.Suggest(Nunukan, [], PatrolBudget.Hours(8), PatrolMode.Land, new Random(1));

        Assert.Empty(suggestion.Suggested.Stops);
        Assert.Equal(0, suggestion.Suggested.Kilometres);
        Assert.Equal(0, suggestion.Best.Risk);
        Assert.Empty(suggestion.Alternatives);
    }

    [Fact]
    public void Suggest_WithABudgetTooSmallToReachAnyStop_GivesAnEmptyPlan()
    {
        // The nearest stop is 0.1° away: 2 × 14.46 km there and back, about 0.96 h at 30 km/h.
        PatrolStop[] stops = [Stop("a", 0, 0.1, 5), Stop("b", 0.2, 0, 4)];

        var byHours = Planner.Suggest(Nunukan, stops, PatrolBudget.Hours(0.9), PatrolMode.Land, new Random(1));
        var byKilometres = Planner.Suggest(Nunukan, stops, PatrolBudget.Kilometres(28), PatrolMode.Land, new Random(1));

        Assert.Empty(byHours.Suggested.Stops);
        Assert.Empty(byKilometres.Suggested.Stops);
        Assert.True(byHours.Suggested.WithinBudget);
    }

    [Fact]
    public void Suggest_WithOnlyRisklessStops_GivesAnEmptyPlan()
    {
        PatrolStop[] stops = [Stop("a", 0, 0.05, 0), Stop("b", 0.05, 0, 0)];

        var suggestion = Planner.Suggest(Nunukan, stops, PatrolBudget.Hours(8), PatrolMode.Land, new Random(1));

        Assert.Empty(suggestion.Suggested.Stops);
    }

    [Fact]
    public void Suggest_NeverIncludesStopsOutOfReach()
    {
        // Rich stops 1° (≈ 145 km by road) away cannot be reached in a 3-hour shift; the modest near ones can.
        var rng = new Random(5);
        var stops = new List<PatrolStop>();
        for (var k = 0; k < 12; k++)
            stops.Add(Stop($"near{k}", 0.2 * (rng.NextDouble() - 0.5), 0.2 * (rng.NextDouble() - 0.5), 1 + rng.NextDouble(), 15));
        for (var k = 0; k < 4; k++)
            stops.Add(Stop($"far{k}", 1 + 0.1 * k, 0.5, 100, 15));

        foreach (var seed in new[] { 1, 2, 3 })
        {
            var suggestion = Planner.Suggest(Nunukan, stops, PatrolBudget.Hours(3), PatrolMode.Land, new Random(seed));

            Assert.NotEmpty(suggestion.Suggested.Stops);
            foreach (var plan in suggestion.Alternatives.Prepend(suggestion.Best).Prepend(suggestion.Suggested))
                Assert.DoesNotContain(plan.Stops, s => s.Id.StartsWith("far", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Suggest_AtSea_TravelsSlowerThanOnLand()
    {
        var instance = Small(3);
        var budget = PatrolBudget.Hours(3);

        var land = Planner.Suggest(Nunukan, instance.Stops, budget, PatrolMode.Land, new Random(1)).Best;
        var sea = Planner.Suggest(Nunukan, instance.Stops, budget, PatrolMode.Sea, new Random(1)).Best;

        Assert.Equal(land.Kilometres / 30, land.TravelHours, 9);
        Assert.Equal(sea.Kilometres / 25, sea.TravelHours, 9);
        Assert.True(sea.Risk <= land.Risk + 1e-9);
    }

    private static string Ids(PatrolPlan plan) => string.Join(",", plan.Stops.Select(s => s.Id));
}
