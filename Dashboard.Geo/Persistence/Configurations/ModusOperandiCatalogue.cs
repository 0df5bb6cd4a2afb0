using Dashboard.Geo.Domain.Cases;

namespace Dashboard.Geo.Persistence.Configurations;

/// <summary>The covers named in the source papers; new ones are added by migration so every office counts alike.</summary>
public static class ModusOperandiCatalogue
{
    public const string NonProceduralMigrantWorker = "PMI_NONPROSEDURAL";
    public const string WrongVisa = "WRONG_VISA";
    public const string PilgrimageGroup = "UMRAH_PILGRIMAGE";
    public const string StudentInternship = "STUDENT_INTERNSHIP";
    public const string MixedMarriage = "MIXED_MARRIAGE";
    public const string OnlineScamJob = "ONLINE_SCAM_JOB";
    public const string DoubleIdentity = "DOUBLE_IDENTITY";
    public const string Other = "OTHER";

    public static IReadOnlyList<ModusOperandi> All { get; } =
    [
        new() { Code = NonProceduralMigrantWorker, NameId = "Penempatan PMI non-prosedural", NameEn = "Non-procedural migrant worker placement" },
        new() { Code = WrongVisa, NameId = "Visa tidak sesuai (visa turis untuk bekerja)", NameEn = "Wrong visa (tourist visa used for work)" },
        new() { Code = PilgrimageGroup, NameId = "Kedok rombongan umrah/ziarah", NameEn = "Umrah or pilgrimage group cover" },
        new() { Code = StudentInternship, NameId = "Kedok pelajar, beasiswa atau magang", NameEn = "Student, scholarship or internship cover" },
        new() { Code = MixedMarriage, NameId = "Perkawinan campuran (pengantin pesanan)", NameEn = "Mixed marriage (mail-order bride)" },
        new() { Code = OnlineScamJob, NameId = "Tawaran kerja daring ke sindikat penipuan", NameEn = "Online job offer leading to a scam compound" },
        new() { Code = DoubleIdentity, NameId = "Dokumen identitas ganda", NameEn = "Double identity documents" },
        new() { Code = Other, NameId = "Lainnya", NameEn = "Other" },
    ];
}
