namespace Dashboard.Web.Accounts;

/// <summary>Settings of sign-in and account checks, section "Accounts".</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>How often an open page and a sign-in cookie are checked against the account (disabled, role changed).</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Sign-in attempts (form posts) one client address may make per <see cref="SignInWindow"/>.</summary>
    public int SignInAttemptsPerWindow { get; set; } = 20;

    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Failed passwords in a row that lock an account for <see cref="LockoutDuration"/>.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Roles whose accounts must sign in with a one-time code from an authenticator app (TOTP), e.g. the roles that see
    /// case data: ["Administrator", "HqAnalyst", "FieldOfficer"]. Such an account without one is sent to set it up
    /// before anything else opens. Others may turn it on themselves at /account/two-factor.
    /// </summary>
    public List<string> TwoFactorRequiredRoles { get; set; } = [];
}
