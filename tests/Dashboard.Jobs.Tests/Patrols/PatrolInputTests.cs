using Dashboard.Jobs.Patrols;
using static Dashboard.Jobs.Tests.Patrols.PatrolInstances;
using Dashboard.Geo.Domain.Patrols;

namespace Dashboard.Jobs.Tests.Patrols;

public sealed class PatrolInputTests
{
    private static readonly PatrolPlanner Planner = new(new PatrolPlannerOptions());

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Budget_NotPositiveAndFinite_IsRefused(double value)
    {
        var hours = Assert.Throws<ArgumentOutOfRangeException>(() => PatrolBudget.Hours(value));
        var kilometres = Assert.Throws<ArgumentOutOfRangeException>(() => PatrolBudget.Kilometres(value));

        Assert.Equal("maxHours", hours.ParamName);
        Assert.StartsWith($"A patrol budget must be a positive, finite number of hours; got {value}.", hours.Message);
        Assert.StartsWith($"A patrol budget must be a positive, finite number of kilometres; got {value}.", kilometres.Message);
    }

    [Fact]
    public void Budget_HoldsExactlyOneLimit()
    {
        var hours = PatrolBudget.Hours(8);
        var kilometres = PatrolBudget.Kilometres(120);

        Assert.Equal((8.0, (double?)null), (hours.MaxHours!.Value, hours.MaxKilometres));
        Assert.Equal(((double?)null, 120.0), (kilometres.MaxHours, kilometres.MaxKilometres!.Value));
    }

    [Fact]
    public void Suggest_WithANegativeRisk_SaysWhichStop()
    {
        PatrolStop[] stops = [Stop("ok", 0, 0.1, 1), Stop("rr-7", 0.1, 0, -1)];

        var error = Assert.Throws<ArgumentException>(() => Suggest(stops));

        Assert.Equal("candidates", error.ParamName);
        Assert.StartsWith("Stop 'rr-7' (index 1) has risk -1; risk must be a finite number ≥ 0.", error.Message);
    }

    [Fact]
    public void Suggest_WithANaNCoordinate_SaysWhichStopAndWhichCoordinate()
    {
        var longitude = Assert.Throws<ArgumentException>(() => Suggest([new PatrolStop("a", double.NaN, 4, 1, 0)]));
        var latitude = Assert.Throws<ArgumentException>(() => Suggest([new PatrolStop("b", 117, double.NaN, 1, 0)]));

        Assert.StartsWith("Stop 'a' (index 0) has longitude NaN; it must be a finite number in [-180, 180].", longitude.Message);
        Assert.StartsWith("Stop 'b' (index 0) has latitude NaN; it must be a finite number in [-90, 90].", latitude.Message);
    }

    [Fact]
    public void Suggest_WithABaseOffTheGlobe_SaysSo()
    {
        var home = Nunukan with { Latitude = 95 };

        var error = Assert.Throws<ArgumentException>(() =>
            Planner.Suggest(home, [Stop("a", 0, 0.1, 1)], PatrolBudget.Hours(8), PatrolMode.Land, new Random(1)));

        Assert.Equal("home", error.ParamName);
        Assert.StartsWith("The base 'kanim-nunukan' has latitude 95; it must be a finite number in [-90, 90].", error.Message);
    }

    [Fact]
    public void Suggest_WithNegativeOrMissingServiceTime_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => Suggest([Stop("a", 0, 0.1, 1, -5)]));

        Assert.StartsWith("Stop 'a' (index 0) has -5 service minutes; time on site must be a finite number ≥ 0.", error.Message);
    }

    [Fact]
    public void Suggest_WithARepeatedId_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => Suggest([Stop("a", 0, 0.1, 1), Stop("a", 0.1, 0, 2)]));

        Assert.StartsWith("Stop 'a' (index 1) repeats an Id already used; each stop may appear once.", error.Message);
    }

    [Fact]
    public void Suggest_WithABlankId_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => Suggest([Stop(" ", 0, 0.1, 1)]));

        Assert.StartsWith("Stop at index 0 has no Id.", error.Message);
    }

    [Fact]
    public void Suggest_WithAnUndefinedMode_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Planner.Suggest(Nunukan, [Stop("a", 0, 0.1, 1)], PatrolBudget.Hours(8), (PatrolMode)7, new Random(1)));

        Assert.Equal("mode", error.ParamName);
    }

    [Fact]
    public void Score_WithInvalidStops_NamesTheOrderedStops()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Planner.Score(Nunukan, [Stop("a", 0, 0.1, double.NaN)], PatrolBudget.Hours(8), PatrolMode.Land));

        Assert.Equal("orderedStops", error.ParamName);
        Assert.StartsWith("Stop 'a' (index 0) has risk NaN; risk must be a finite number ≥ 0.", error.Message);
    }

    [Fact]
    public void Options_OutOfRange_AreRefusedWhenThePlannerIsMade()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PatrolPlanner(new PatrolPlannerOptions { SeaSpeedKmh = 0 }));

        Assert.StartsWith("PatrolPlannerOptions.SeaSpeedKmh must be a positive speed in km/h; got 0.", error.Message);
    }

    private static PatrolSuggestion Suggest(PatrolStop[] stops) =>
        Planner.Suggest(Nunukan, stops, PatrolBudget.Hours(8), PatrolMode.Land, new Random(1));
}
