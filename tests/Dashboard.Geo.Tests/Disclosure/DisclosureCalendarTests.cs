using Dashboard.Geo.Disclosure;

namespace Dashboard.Geo.Tests.Disclosure;

public sealed class DisclosureCalendarTests
{
    [Fact]
    public void DayShiftedPeriods_InTheSameWeek_SnapToTheSameWeek()
    {
        // Wednesday 25 Nov to Friday 27 Nov 2026, and the same shifted by a day: both ISO week 48.
        var a = DisclosureCalendar.Snap(new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 27));
        var b = DisclosureCalendar.Snap(new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 28));

        Assert.Equal(a, b);
        Assert.Equal(new DateOnly(2026, 11, 23), a!.From);
        Assert.Equal(new DateOnly(2026, 11, 29), a.To);
        Assert.Equal("2026-W48", a.Key);
    }

    [Fact]
    public void OverlappingPeriods_ThatCrossAWeek_SnapOutwardToTheQuarter_SoTheyDoNotDifferByADay()
    {
        var a = DisclosureCalendar.Snap(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 28));
        var b = DisclosureCalendar.Snap(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 29));

        Assert.Equal(a, b);
        Assert.Equal(CalendarGranularity.Quarter, a!.Granularity);
        Assert.Equal("2026-Q4", a.Key);
        Assert.Equal(new DateOnly(2026, 9, 28), a.From); // Monday of ISO week 40
    }

    [Fact]
    public void APeriodAcrossTwoIsoYears_IsRefused()
    {
        Assert.Null(DisclosureCalendar.Snap(new DateOnly(2025, 12, 1), new DateOnly(2026, 2, 1)));
        Assert.Equal("2026", DisclosureCalendar.Snap(new DateOnly(2026, 3, 1), new DateOnly(2026, 11, 1))!.Key);
    }

    [Fact]
    public void QuartersNestInTheYear_AndTheLastQuarterOfALongYearHasFourteenWeeks()
    {
        // 2026 has 53 ISO weeks (it starts on a Thursday).
        var year = new CalendarPeriod(CalendarGranularity.Year, 2026, 1);
        var quarters = Enumerable.Range(1, 4).Select(q => new CalendarPeriod(CalendarGranularity.Quarter, 2026, q)).ToList();

        Assert.Equal(53, year.Weeks().Count);
        Assert.Equal([13, 13, 13, 14], quarters.Select(q => q.Weeks().Count));
        Assert.Equal(year.From, quarters[0].From);
        Assert.Equal(year.To, quarters[3].To);
        Assert.All(quarters.Zip(quarters.Skip(1)), p => Assert.Equal(p.First.To.AddDays(1), p.Second.From));
    }

    [Fact]
    public void OnlyEndedPeriods_ArePublished()
    {
        var today = new DateOnly(2026, 12, 2); // Wednesday of week 49
        var ended = DisclosureCalendar.EndedIn(2026, today);

        Assert.Equal("2026-W48", DisclosureCalendar.LastEnded(CalendarGranularity.Week, today).Key);
        Assert.Equal("2026-Q3", DisclosureCalendar.LastEnded(CalendarGranularity.Quarter, today).Key);
        Assert.Contains(ended, p => p.Key == "2026-W48");
        Assert.DoesNotContain(ended, p => p.Key == "2026-W49");
        Assert.DoesNotContain(ended, p => p.Key == "2026-Q4" || p.Key == "2026");
    }

    [Fact]
    public void ThePeriodBefore_AndTheYearBefore_AreCalendarPeriodsToo()
    {
        var q1 = new CalendarPeriod(CalendarGranularity.Quarter, 2026, 1);
        var w53 = new CalendarPeriod(CalendarGranularity.Week, 2026, 53);

        Assert.Equal(new CalendarPeriod(CalendarGranularity.Quarter, 2025, 4), q1.Previous());
        Assert.Equal(new CalendarPeriod(CalendarGranularity.Week, 2025, 52), w53.YearBefore());
        Assert.Equal(new CalendarPeriod(CalendarGranularity.Week, 2026, 52), w53.Previous());
        Assert.Equal(new CalendarPeriod(CalendarGranularity.Week, 2027, 1).Previous(), w53);
    }

    [Theory]
    [InlineData(7, CalendarGranularity.Week)]
    [InlineData(28, CalendarGranularity.Week)]
    [InlineData(91, CalendarGranularity.Quarter)]
    [InlineData(182, CalendarGranularity.Quarter)]
    [InlineData(364, CalendarGranularity.Year)]
    public void TheLastNDays_StandForTheLastEndedCalendarPeriod(int days, CalendarGranularity expected)
    {
        Assert.Equal(expected, DisclosureCalendar.ForDays(days));
        Assert.True(DisclosureCalendar.LastEnded(expected, new DateOnly(2026, 12, 2)).HasEndedBy(new DateOnly(2026, 12, 2)));
    }
}
