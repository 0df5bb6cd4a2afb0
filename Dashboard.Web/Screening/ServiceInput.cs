using Dashboard.Geo.Screening;

namespace Dashboard.Web.Screening;

/// <summary>A service of the directory as an administrator enters it.</summary>
public sealed record ServiceInput(
    string? Name, ServiceKind? Kind, string? RegionCode, string? Contact,
    bool? TakesAdults, bool? TakesMinors, bool? TakesWomen, bool? TakesMen, int? Capacity, string? Agency);
