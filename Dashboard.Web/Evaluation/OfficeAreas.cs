using Dashboard.Geo.Offices;
using Dashboard.Web.Accounts;

namespace Dashboard.Web.Evaluation;

/// <summary>The offices headquarters can evaluate, each with the working area its alerts are counted in.</summary>
public sealed class OfficeAreas(OfficeDirectory offices, WorkingAreas areas)
{
    /// <summary>Offices that cover at least one regency, by name.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> ListAsync(CancellationToken ct) =>
        [.. (await offices.ListAsync(ct)).Where(o => o.RegencyCodes.Count > 0).OrderBy(o => o.Name, StringComparer.CurrentCulture).Select(o => (o.Code, o.Name))];

    /// <summary>The office's working area, or null when there is no such office or it covers no regency.</summary>
    public async Task<WorkingArea?> AreaOfAsync(string code, CancellationToken ct) =>
        (await offices.ListAsync(ct)).FirstOrDefault(o => string.Equals(o.Code, code, StringComparison.OrdinalIgnoreCase)) is { RegencyCodes.Count: > 0 } office
            ? await areas.ForAsync(office.RegencyCodes, ct)
            : null;
}
