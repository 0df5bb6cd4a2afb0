using Dashboard.Web.Api;

namespace Dashboard.Web.Screening;

/// <summary>Which screenings to list or export: a checkpoint and WIB days, both ends included.</summary>
public sealed record ScreeningFilter(string? Crossing, DateOnly? From, DateOnly? To)
{
    /// <summary>The filter from the query string, or null with each bad field named.</summary>
    public static ScreeningFilter? TryParse(string? crossing, string? from, string? to, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (crossing is { Length: > 32 } || (crossing is not null && SafeText.FirstControl(crossing) is not null))
            errors["crossing"] = ["crossing must be a crossing code such as BTC or PLBN-ENTIKONG."];
        var fromDate = DateParameter.Parse("from", from, errors);
        var toDate = DateParameter.Parse("to", to, errors);
        if (fromDate is { } f && toDate is { } t && f > t)
            errors["to"] = ["to must not be before from."];
        return errors.Count > 0 ? null : new ScreeningFilter(crossing, fromDate, toDate);
    }
}
