using Dashboard.Web.Import;

namespace Dashboard.Web.Crossings;

/// <summary>
/// The columns of a crossings import: the API's names, each with the Indonesian template's name accepted too, and the
/// two templates. Kinds may be written as the API names them or as offices do (Bandara, Pelabuhan, PLBN).
/// </summary>
public static class CrossingImportColumns
{
    public static readonly ImportColumn[] All =
    [
        new("code", "kode", true),
        new("name", "nama", true),
        new("kind", "jenis", true),
        new("office", "kantor", true),
        new("regencyCode", "kodeKabupaten", true),
        new("longitude", "bujur", true),
        new("latitude", "lintang", true),
        new("dailyPassengers", "penumpangHarian"),
        new("interviewOfficers", "petugasWawancara"),
        new("openingHours", "jamOperasional"),
        new("isPatrolBase", "basisPatroli"),
    ];

    public static string[] Names(string column) => All.First(c => c.Name == column).Names;

    public static string Kind(string text) => text.Trim().ToLowerInvariant() switch
    {
        "bandara" or "bandar udara" => "Airport",
        "pelabuhan" or "pelabuhan laut" => "Seaport",
        "plbn" or "pos lintas batas" or "pos lintas batas negara" => "LandBorderPost",
        _ => text,
    };

    public static string Template(bool indonesian) => indonesian
        ? """
          kode;nama;jenis;kantor;kodeKabupaten;bujur;lintang;penumpangHarian;petugasWawancara;jamOperasional;basisPatroli
          PLBN-ENTIKONG;PLBN Entikong;PLBN;Kantor Imigrasi Entikong;61.03;110,3546;0,9879;1200;4;06.00-18.00;ya

          """
        : """
          code,name,kind,office,regencyCode,longitude,latitude,dailyPassengers,interviewOfficers,openingHours,isPatrolBase
          PLBN-ENTIKONG,PLBN Entikong,LandBorderPost,Kantor Imigrasi Entikong,61.03,110.3546,0.9879,1200,4,06.00-18.00,true

          """;
}
