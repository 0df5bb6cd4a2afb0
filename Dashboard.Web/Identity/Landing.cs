namespace Dashboard.Web.Identity;

/// <summary>
/// Where each role's work is, for someone who signs in without asking for a page: headquarters and leadership on the
/// national overview, patrol planners at the patrol desk, TIMPORA members of other agencies at the briefing, field
/// officers at the report form.
/// </summary>
public static class Landing
{
    public static string For(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet(StringComparer.Ordinal);
        if (set.Contains(Roles.Administrator) || set.Contains(Roles.HqAnalyst))
            return "/overview";
        if (set.Contains(Roles.PatrolPlanner))
            return "/patrols";
        if (set.Contains(Roles.TimporaMember))
            return "/briefing";
        if (set.Contains(Roles.FieldOfficer))
            return "/reports/new";
        return "/";
    }
}
