namespace Dashboard.Geo.Disclosure;

/// <summary>The sizes of the calendar's periods, each nested in the next: ISO weeks, 13-week quarters, ISO years.</summary>
public enum CalendarGranularity
{
    Week,

    /// <summary>Weeks 1–13, 14–26, 27–39 and 40 to the year's last (52 or 53) of an ISO year.</summary>
    Quarter,

    Year,
}
