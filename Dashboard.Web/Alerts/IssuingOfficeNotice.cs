using Dashboard.Geo.Domain.Alerts;

namespace Dashboard.Web.Alerts;

/// <summary>
/// One notice to the office that issued a victim's passport: the subject it is raised once for, the office, the place
/// it concerns (the arrival point of a return, the regency of a case) and the record it rests on.
/// </summary>
public sealed record IssuingOfficeNotice(string SubjectKey, string OfficeCode, string PlaceName, AlertEvidence Evidence)
{
    public static string RepatriationKey(Guid repatriationId) => $"repatriation:{repatriationId}";

    /// <summary>Per office: a case whose issuing office is corrected tells the new office too.</summary>
    public static string CaseKey(long caseId, string officeCode) => $"case-issuing:{caseId}:{officeCode}";
}
