namespace Dashboard.Web.Accounts;

/// <summary>What an administrator sets on an account. The user name is fixed once the account exists.</summary>
public sealed record AccountInput(string? UserName, string? DisplayName, string? Role, string? Agency, string? OfficeCode);

/// <summary>One account as the administration page and API show it.</summary>
public sealed record AccountView(
    string Id, string UserName, string DisplayName, string Role, string Agency, string? OfficeCode, string? OfficeName,
    bool Disabled, bool LockedOut, bool MustChangePassword, DateTimeOffset? LastSignInAt, bool TwoFactor = false);

/// <summary>The list's filters; null or empty means any.</summary>
public sealed record AccountFilter(string? Search = null, string? Role = null, string? Agency = null, string? OfficeCode = null, bool? Disabled = null);

/// <summary>
/// The result of a change: the account as it now is, the one-time password when one was made (shown once, never
/// stored), or the problems by field.
/// </summary>
public sealed record AccountOutcome(AccountView? Account, string? OneTimePassword, IReadOnlyDictionary<string, string[]> Errors, bool NotFound = false)
{
    public bool Succeeded => Errors.Count == 0 && !NotFound;

    public static AccountOutcome Missing { get; } = new(null, null, new Dictionary<string, string[]>(), NotFound: true);

    public static AccountOutcome Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, null, errors);
}

/// <summary>An office as the administrator edits it; regency codes such as "61.05".</summary>
public sealed record OfficeInput(string? Code, string? Name, string? Kind, IReadOnlyList<string>? RegencyCodes);
