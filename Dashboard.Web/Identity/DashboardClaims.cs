namespace Dashboard.Web.Identity;

public static class DashboardClaims
{
    /// <summary>The agency a person represents; decides whether they may see single case records.</summary>
    public const string Agency = "dashboard:agency";

    public const string DisplayName = "dashboard:display_name";

    /// <summary>The immigration service's own agency name.</summary>
    public const string Immigration = "Imigrasi";
}
