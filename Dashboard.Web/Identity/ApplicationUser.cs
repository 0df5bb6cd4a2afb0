using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Identity;

/// <summary>A person who signs in. TIMPORA members carry the agency they represent.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>Imigrasi, Polri, TNI, BIN, Pemda…; decides what a TIMPORA member may see.</summary>
    public required string Agency { get; set; }

    /// <summary>The immigration office the person works from, if any.</summary>
    public string? Office { get; set; }
}
