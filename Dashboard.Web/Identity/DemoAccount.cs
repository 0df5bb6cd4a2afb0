namespace Dashboard.Web.Identity;

/// <summary>A sign-in the demo seed creates; listed in the README.</summary>
public sealed record DemoAccount(string UserName, string DisplayName, string Role, string Agency, string? Office);
