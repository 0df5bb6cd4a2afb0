namespace Dashboard.Web.Identity;

public static class DashboardClaims
{
    /// <summary>The agency a person represents; decides whether they may see single case records.</summary>
    public const string Agency = "dashboard:agency";

    public const string DisplayName = "dashboard:display_name";

    /// <summary>Present ("true") while the account signs in with a one-time password it must replace.</summary>
    public const string MustChangePassword = "dashboard:must_change_password";

    /// <summary>Present ("true") when the account signs in with a code from an authenticator app as well as its password.</summary>
    public const string TwoFactor = "dashboard:two_factor";

    /// <summary>The code of the immigration office the person belongs to, if any.</summary>
    public const string Office = "dashboard:office";

    /// <summary>The office's working area: its regency codes, comma-separated.</summary>
    public const string OfficeRegencies = "dashboard:office_regencies";

    /// <summary>The immigration service's own agency name.</summary>
    public const string Immigration = "Imigrasi";
}
