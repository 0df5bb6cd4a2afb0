namespace Dashboard.Web.Accounts;

public enum OfficeKind
{
    /// <summary>Kantor Imigrasi: a regional immigration office.</summary>
    Kanim,

    /// <summary>Tempat Pemeriksaan Imigrasi: an immigration checkpoint at a port, airport or land border.</summary>
    Tpi,
}
