using Dashboard.Geo.Disclosure;

namespace Dashboard.Geo.Tests.Disclosure;

public sealed class SuppressionTests
{
    private static Dictionary<string, long?> Publish(IReadOnlyDictionary<string, long> values, HashSet<string> hidden) =>
        values.ToDictionary(v => v.Key, v => hidden.Contains(v.Key) ? null : (long?)v.Value);

    [Fact]
    public void Hide_CountsFromOneToKMinusOne_ButNotZeroOrK()
    {
        var values = new Dictionary<string, long> { ["a"] = 0, ["b"] = 1, ["c"] = 4, ["d"] = 5 };

        var hidden = Suppression.Hide(values, [], 5);

        Assert.Equal(["b", "c"], hidden.Order());
    }

    [Fact]
    public void ProvinceMinusItsRegencies_DoesNotGiveAwayTheOneSmallRegency()
    {
        // Province 20 = 3 + 8 + 9: with only the 3 hidden, 20 − 8 − 9 would give it back.
        var values = new Dictionary<string, long> { ["61"] = 20, ["61.01"] = 3, ["61.02"] = 8, ["61.03"] = 9 };
        Relation[] relations = [new("61", ["61.01", "61.02", "61.03"])];

        var hidden = Suppression.Hide(values, relations, 5);
        var published = Publish(values, hidden);

        Assert.Empty(Attacker.Derive(published, relations));
        Assert.Empty(Attacker.SmallDifferences(published, relations, 5));
        Assert.Contains("61.02", hidden); // the smallest other figure goes with it, not the province
        Assert.DoesNotContain("61", hidden);
    }

    [Fact]
    public void TwoSmallHiddenParts_ThatAddUpUnderK_AreNotLeftAsTheOnlyUnknowns()
    {
        // 12 − 10 = 2 would say the two hidden regencies together had two cases.
        var values = new Dictionary<string, long> { ["33"] = 12, ["33.01"] = 1, ["33.02"] = 1, ["33.03"] = 10 };
        Relation[] relations = [new("33", ["33.01", "33.02", "33.03"])];

        var hidden = Suppression.Hide(values, relations, 5);

        Assert.Empty(Attacker.SmallDifferences(Publish(values, hidden), relations, 5));
        Assert.Contains("33.03", hidden);
    }

    [Fact]
    public void NationMinusProvinces_AndProvinceMinusRegencies_TogetherGiveNothingAway()
    {
        var values = new Dictionary<string, long>
        {
            ["ID"] = 60, ["61"] = 27, ["33"] = 33,
            ["61.01"] = 2, ["61.02"] = 25, ["33.01"] = 30, ["33.02"] = 3,
        };
        Relation[] relations = [new("ID", ["61", "33"]), new("61", ["61.01", "61.02"]), new("33", ["33.01", "33.02"])];

        var hidden = Suppression.Hide(values, relations, 5);
        var published = Publish(values, hidden);

        Assert.Empty(Attacker.Derive(published, relations));
        Assert.Empty(Attacker.SmallDifferences(published, relations, 5));
    }

    [Fact]
    public void ATotalThatIsHidden_CannotBeRebuiltFromItsVisibleParts()
    {
        // The province is hidden by the caller (say, a unit rule); 2 + 0 would rebuild it.
        var values = new Dictionary<string, long> { ["61"] = 2, ["61.01"] = 2, ["61.02"] = 0 };
        Relation[] relations = [new("61", ["61.01", "61.02"])];

        var hidden = Suppression.Hide(values, relations, 5);

        Assert.Empty(Attacker.Derive(Publish(values, hidden), relations));
    }

    [Fact]
    public void AZeroTotal_WithHiddenParts_IsHidden_RatherThanSayingEachHiddenPartIsZero()
    {
        // No minors in the province, but its two regencies' figures are hidden with their cases.
        var minors = new Dictionary<string, long> { ["33"] = 0, ["33.01"] = 0, ["33.02"] = 0 };
        Relation[] relations = [new("33", ["33.01", "33.02"])];

        var hidden = Suppression.Hide(minors, relations, 5, ["33.01", "33.02"]);

        Assert.Contains("33", hidden);
    }

    [Fact]
    public void Ties_AreBrokenByName_WhateverTheOrderTheFiguresCameIn()
    {
        Relation[] relations = [new("P", ["P.c", "P.b", "P.a", "P.d"])];
        var one = new Dictionary<string, long> { ["P"] = 33, ["P.c"] = 7, ["P.b"] = 7, ["P.a"] = 7, ["P.d"] = 12 };
        var other = new Dictionary<string, long> { ["P.d"] = 12, ["P.a"] = 7, ["P"] = 33, ["P.b"] = 7, ["P.c"] = 7 };
        one["P.x"] = 0; // unrelated

        var first = Suppression.Hide(one, relations, 5, ["P.d"]);
        var second = Suppression.Hide(other, relations, 5, ["P.d"]);

        // 12 hidden alone would be 33 − 21: the second to go is the first of the three 7s by name.
        Assert.Equal(["P.a", "P.d"], first.Order());
        Assert.Equal(first.Order(), second.Order());
    }

    [Fact]
    public void AlsoHidden_CarriesTheUnitsHiddenForCasesIntoVictims()
    {
        // Victims of a regency with 3 cases are 12: over k, but hidden because its cases are.
        var victims = new Dictionary<string, long> { ["61"] = 40, ["61.01"] = 12, ["61.02"] = 28 };
        Relation[] relations = [new("61", ["61.01", "61.02"])];

        var hidden = Suppression.Hide(victims, relations, 5, ["61.01"]);

        Assert.Contains("61.01", hidden);
        Assert.Empty(Attacker.Derive(Publish(victims, hidden), relations));
    }
}
