namespace Dashboard.Web.Cases;

/// <summary>
/// The import template's columns, named as the API's fields, with HTCDS/CTDC meanings. Victims are one cell of
/// "sex/ageBand/count" groups separated by ";" (e.g. "Female/Age9To17/2; Male/Age21To23/1"), and means of control
/// a ";"-separated list, so one case stays one row as CTDC's case-level files are. The issuing office is a registered
/// office's code or name; the template leaves it empty so that it imports as it is on a new installation.
/// </summary>
public static class CaseImportColumns
{
    public static readonly string[] All =
    [
        "reference", "reportingAgency", "reportedOn", "status", "villageCode", "regencyCode", "provinceCode", "longitude", "latitude",
        "victims", "modusOperandi", "destinationCountry", "exploitation", "meansOfControl", "recruiterRelation", "exitCrossingId", "exitRatRouteId",
        "recruitmentMethod", "recruitmentChannel", "issuingOffice",
    ];

    public static readonly string[] Required = ["reference", "reportingAgency", "reportedOn", "victims", "modusOperandi", "destinationCountry"];

    public const string TemplateCsv =
        "reference,reportingAgency,reportedOn,status,villageCode,regencyCode,provinceCode,longitude,latitude,victims,modusOperandi,destinationCountry,exploitation,meansOfControl,recruiterRelation,exitCrossingId,exitRatRouteId,recruitmentMethod,recruitmentChannel,issuingOffice\n" +
        "LP/B/123/VI/2026,Polri,2026-06-14,Active,,53.01,53,123.9,-10.1,Female/Age9To17/2; Male/Age21To23/1,ONLINE_SCAM_JOB,KH,ForcedCriminality,DebtBondage; WithholdsDocuments,Stranger,,,SocialMedia,Facebook; Telegram,\n";
}
