namespace Dashboard.Web.Identity;

/// <summary>One account per role, so a newcomer can see the dashboard as each kind of user does.</summary>
public static class DemoAccounts
{
    /// <summary>Shared by all demo accounts; demo only, never for a real deployment.</summary>
    public const string Password = "Demo#2026";

    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("admin", "Administrator Sistem", Roles.Administrator, "Imigrasi", "Direktorat Jenderal Imigrasi"),
        new("analis", "Analis Pusat (HQ)", Roles.HqAnalyst, "Imigrasi", "Direktorat Intelijen Keimigrasian"),
        new("timpora.polri", "Anggota TIMPORA (Polri)", Roles.TimporaMember, "Polri", "Polda Kalimantan Barat"),
        new("perencana", "Perencana Patroli", Roles.PatrolPlanner, "Imigrasi", "Kantor Imigrasi Entikong"),
        new("petugas", "Petugas Lapangan", Roles.FieldOfficer, "Imigrasi", "Kantor Imigrasi Batam"),
        // A receiving service's account (not immigration): answers the referrals sent to the UPTD PPA of the demo directory.
        new("ppa.batam", "UPTD PPA Kota Batam", Roles.TimporaMember, "Pemda", "UPTD PPA Kota Batam"),
    ];
}
