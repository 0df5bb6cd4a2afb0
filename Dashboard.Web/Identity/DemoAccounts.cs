namespace Dashboard.Web.Identity;

/// <summary>One account per role, so a newcomer can see the dashboard as each kind of user does.</summary>
public static class DemoAccounts
{
    /// <summary>Shared by all demo accounts; demo only, never for a real deployment.</summary>
    public const string Password = "Demo#2026";

    /// <summary>
    /// The border office the demo's patrol planner works at: its working area is Kabupaten Sanggau (61.05), so the
    /// patrol desk, the live view and the case list open on it, with the national view one click away.
    /// </summary>
    public const string EntikongOffice = "KANIM-ENT";

    public static Accounts.Office EntikongOfficeRecord() => new()
    {
        Code = EntikongOffice, Name = "Kantor Imigrasi Kelas II TPI Entikong", Kind = Accounts.OfficeKind.Kanim, RegencyCodes = ["61.05"],
    };

    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("admin", "Administrator Sistem", Roles.Administrator, "Imigrasi", "Direktorat Jenderal Imigrasi"),
        new("analis", "Analis Pusat (HQ)", Roles.HqAnalyst, "Imigrasi", "Direktorat Intelijen Keimigrasian"),
        new("timpora.polri", "Anggota TIMPORA (Polri)", Roles.TimporaMember, "Polri", "Polda Kalimantan Barat"),
        new("perencana", "Perencana Patroli", Roles.PatrolPlanner, "Imigrasi", "Kantor Imigrasi Entikong", EntikongOffice),
        new("petugas", "Petugas Lapangan", Roles.FieldOfficer, "Imigrasi", "Kantor Imigrasi Batam"),
        // A receiving service's account (not immigration): answers the referrals sent to the UPTD PPA of the demo directory.
        new("ppa.batam", "UPTD PPA Kota Batam", Roles.TimporaMember, "Pemda", "UPTD PPA Kota Batam"),
    ];
}
