using System.Security.Claims;

namespace Dashboard.Web.Identity;

/// <summary>
/// Who changes master data (crossings, assisted villages) and where they may: headquarters and administrators the
/// nation, an office's staff the regencies of its working area, so a Kanim keeps its own ground truth without being
/// able to rewrite a neighbour's. An office account whose office covers no regency may change nothing.
/// </summary>
public sealed class MasterDataEditor
{
    private readonly HashSet<string>? _regencies;

    private MasterDataEditor(string name, HashSet<string>? regencies) => (Name, _regencies) = (name, regencies);

    /// <summary>The name written as "changed by" and into the audit log.</summary>
    public string Name { get; }

    public bool National => _regencies is null;

    public static MasterDataEditor Of(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.HqAnalyst)
            ? new MasterDataEditor(user.ActorName(), null)
            : new MasterDataEditor(user.ActorName(), [.. user.WorkingAreaCodes()]);

    public bool Covers(string? regencyCode) => _regencies is null || (regencyCode is not null && _regencies.Contains(regencyCode.Trim()));

    /// <summary>The refusal of a record outside the working area, naming the field that places it.</summary>
    public string Outside(string? regencyCode) => _regencies is { Count: > 0 }
        ? $"regency '{regencyCode}' is outside your office's working area ({string.Join(", ", _regencies.Order())}); headquarters or that regency's office keeps it."
        : "your account's office has no working area; an administrator sets it on the office before it can keep master data.";
}
