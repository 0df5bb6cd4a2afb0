namespace Dashboard.Web.Identity;

/// <summary>A sign-in the demo seed creates; listed in the README. <paramref name="OfficeCode"/> gives it a working area.</summary>
public sealed record DemoAccount(string UserName, string DisplayName, string Role, string Agency, string? Office, string? OfficeCode = null);
