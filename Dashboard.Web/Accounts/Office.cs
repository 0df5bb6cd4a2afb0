namespace Dashboard.Web.Accounts;

/// <summary>
/// An immigration office: a Kantor Imigrasi (Kanim) or an immigration checkpoint (TPI), with its working area
/// (<i>wilayah kerja</i>) as the Kemendagri codes of the regencies it covers.
/// </summary>
public sealed class Office
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    public OfficeKind Kind { get; set; }

    /// <summary>Regency codes such as "61.05"; the office's staff see this area by default.</summary>
    public List<string> RegencyCodes { get; set; } = [];
}
