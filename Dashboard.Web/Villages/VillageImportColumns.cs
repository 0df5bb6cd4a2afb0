using Dashboard.Web.Import;

namespace Dashboard.Web.Villages;

/// <summary>
/// The columns of the assisted-village and outreach-session imports (the API's names and the Indonesian template's),
/// and their templates. A village's Pimpasa is named by account user name; a session's partners are separated by "|".
/// </summary>
public static class VillageImportColumns
{
    public static readonly ImportColumn[] Villages =
    [
        new("villageCode", "kodeDesa", true),
        new("longitude", "bujur", true),
        new("latitude", "lintang", true),
        new("launchedOn", "tanggalPeluncuran", true),
        new("decreeNumber", "nomorSK"),
        new("mentor", "pimpasa", true),
    ];

    public static readonly ImportColumn[] Sessions =
    [
        new("villageCode", "kodeDesa", true),
        new("heldOn", "tanggal", true),
        new("topic", "topik", true),
        new("topicOther", "topikLain"),
        new("partners", "mitra"),
        new("women", "perempuan"),
        new("men", "lakiLaki"),
        new("youth", "pemuda"),
        new("prospectiveMigrants", "calonPmi"),
        new("note", "catatan"),
    ];

    public static string[] Names(IEnumerable<ImportColumn> columns, string column) => columns.First(c => c.Name == column).Names;

    public static string VillageTemplate(bool indonesian) => indonesian
        ? """
          kodeDesa;bujur;lintang;tanggalPeluncuran;nomorSK;pimpasa
          61.03.21.2004;110,41;1,02;2025-03-12;W.17.IMI-UM.01.10-0421;petugas

          """
        : """
          villageCode,longitude,latitude,launchedOn,decreeNumber,mentor
          61.03.21.2004,110.41,1.02,2025-03-12,W.17.IMI-UM.01.10-0421,petugas

          """;

    public static string SessionTemplate(bool indonesian) => indonesian
        ? """
          kodeDesa;tanggal;topik;topikLain;mitra;perempuan;lakiLaki;pemuda;calonPmi;catatan
          61.03.21.2004;2026-10-05;SafeMigration;;BP2MI|Police;18;12;9;4;Sosialisasi di balai desa

          """
        : """
          villageCode,heldOn,topic,topicOther,partners,women,men,youth,prospectiveMigrants,note
          61.03.21.2004,2026-10-05,SafeMigration,,BP2MI|Police,18,12,9,4,Outreach at the village hall

          """;
}
