using Dashboard.Geo.Offices;

namespace Dashboard.Web.Patrols;

/// <summary>
/// The patrol desk of an office: the bases inside its working area, and so the patrols that leave from them. A national
/// view (headquarters, or an office's planner looking at a neighbour) has no area. An area holding no base (an office
/// whose posts are not entered yet) falls back to every base rather than an empty desk.
/// </summary>
public sealed record PatrolScope(WorkingArea? Area)
{
    public static readonly PatrolScope Nation = new((WorkingArea?)null);

    public bool IsNational => Area is null;

    public IReadOnlyList<PatrolBaseOption> Bases(IReadOnlyList<PatrolBaseOption> all)
    {
        if (Area is not { } area)
            return all;
        var inside = all.Where(b => area.Covers(b.Longitude, b.Latitude, b.ProvinceCode)).ToList();
        return inside.Count > 0 ? inside : all;
    }

    /// <summary>The bases whose patrols are in scope; null for every patrol.</summary>
    public IReadOnlyCollection<string>? BaseCodes(IReadOnlyList<PatrolBaseOption> all) =>
        Area is null ? null : Bases(all).Select(b => b.Code).ToHashSet(StringComparer.Ordinal);
}
