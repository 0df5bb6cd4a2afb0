using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Identity;

/// <summary>A person who signs in. TIMPORA members carry the agency they represent.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>Imigrasi, Polri, TNI, BIN, Pemda…; decides what a TIMPORA member may see.</summary>
    public required string Agency { get; set; }

    /// <summary>The name of the office the person works from, if any (for immigration staff, the office's name).</summary>
    public string? Office { get; set; }

    /// <summary>The immigration office (a Kanim or a TPI) the person belongs to; its working area scopes their views.</summary>
    public string? OfficeCode { get; set; }

    /// <summary>A disabled account cannot sign in, and its open pages stop at the next revalidation.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set with a one-time password: every page and API refuses until the person chose their own.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
