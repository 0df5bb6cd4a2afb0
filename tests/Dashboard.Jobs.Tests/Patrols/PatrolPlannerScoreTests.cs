using Dashboard.Jobs.Patrols;
using static Dashboard.Jobs.Tests.Patrols.PatrolInstances;
using Dashboard.Geo.Domain.Patrols;

namespace Dashboard.Jobs.Tests.Patrols;

public sealed class PatrolPlannerScoreTests
{
    // 0.1° of latitude on the 6,371,008.8 m sphere is 11,119.51 m; by road, × 1.3, 14.4554 km.
    private const double TenthOfADegreeByRoadKm = 6_371_008.8 * 0.1 * Math.PI / 180 * 1.3 / 1000;

    private static readonly PatrolPlanner Planner = new(new PatrolPlannerOptions());

    [Fact]
    public void Score_OfAnOutAndBackTrip_CountsBothLegsAndTimeOnSite()
    {
        PatrolStop[] route = [Stop("a", 0, 0.1, 2, 30)];

        var plan = Planner.Score(Nunukan, route, PatrolBudget.Hours(1.5), PatrolMode.Land);

        Assert.Equal(28.9108, plan.Kilometres, 3);
        Assert.Equal(2 * TenthOfADegreeByRoadKm / 30, plan.TravelHours, 9);
        Assert.Equal(0.5, plan.ServiceHours, 9);
        Assert.Equal(1.4637, plan.Hours, 3);
        Assert.Equal(2, plan.Risk);
        Assert.Equal(2 / plan.Kilometres, plan.RiskPerKilometre, 9);
        Assert.Equal(2 / plan.Hours, plan.RiskPerHour, 9);
        Assert.True(plan.WithinBudget);
    }

    [Fact]
    public void Score_KeepsTheOrderGiven()
    {
        // North 0.1°, on to 0.2°, back: 0.4° in all. Going to 0.2° first doubles back (0.2 + 0.1 + 0.1): the same
        // length, but the stops come in the order given.
        PatrolStop a = Stop("a", 0, 0.1, 1), b = Stop("b", 0, 0.2, 1);

        var straight = Planner.Score(Nunukan, [a, b], PatrolBudget.Kilometres(100), PatrolMode.Sea);
        var reversed = Planner.Score(Nunukan, [b, a], PatrolBudget.Kilometres(100), PatrolMode.Sea);

        Assert.Equal(["a", "b"], straight.Stops.Select(s => s.Id));
        Assert.Equal(["b", "a"], reversed.Stops.Select(s => s.Id));
        Assert.Equal(4 * TenthOfADegreeByRoadKm, straight.Kilometres, 6);
        Assert.Equal(straight.Kilometres, reversed.Kilometres, 6);
        Assert.Equal(straight.Kilometres / 25, straight.TravelHours, 9);
    }

    [Fact]
    public void Score_OverTheBudget_IsFlaggedNotRefused()
    {
        PatrolStop[] route = [Stop("a", 0, 0.1, 2, 30)];

        var byHours = Planner.Score(Nunukan, route, PatrolBudget.Hours(1.4), PatrolMode.Land);
        var byKilometres = Planner.Score(Nunukan, route, PatrolBudget.Kilometres(28), PatrolMode.Land);
        var atSea = Planner.Score(Nunukan, route, PatrolBudget.Kilometres(29), PatrolMode.Sea);

        Assert.False(byHours.WithinBudget);
        Assert.False(byKilometres.WithinBudget);
        Assert.True(atSea.WithinBudget);
        Assert.Equal(2, byHours.Risk);
    }

    [Fact]
    public void Score_OfAnEmptyRoute_IsAnEmptyPlanWithinBudget()
    {
        var plan = Planner.Score(Nunukan, [], PatrolBudget.Hours(8), PatrolMode.Land);

        Assert.Empty(plan.Stops);
        Assert.Equal(0, plan.Kilometres);
        Assert.Equal(0, plan.RiskPerKilometre);
        Assert.Equal(0, plan.RiskPerHour);
        Assert.True(plan.WithinBudget);
    }
}
