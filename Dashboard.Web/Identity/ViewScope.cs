using System.Security.Claims;

namespace Dashboard.Web.Identity;

/// <summary>
/// The <c>scope</c> parameter of the lists an office's staff see: <c>area</c> (the office's working area) or
/// <c>national</c>; left out, the account's default (<see cref="OfficeScope.StartsNational"/>).
/// </summary>
public static class ViewScope
{
    public const string Area = "area";
    public const string National = "national";

    /// <summary>True for the national view, false for the working area; null (with the field's error) when unknown.</summary>
    public static bool? IsNational(string? scope, ClaimsPrincipal user, IDictionary<string, string[]> errors)
    {
        bool? national = scope?.Trim().ToLowerInvariant() switch
        {
            null or "" => user.StartsNational(),
            National => true,
            Area => false,
            _ => null,
        };
        if (national is null)
            errors["scope"] = [$"scope must be '{Area}' (the office's working area) or '{National}'; got '{scope}'."];
        return national;
    }
}
