namespace Dashboard.Geo.Screening;

/// <summary>What a passport office decided after interviewing an applicant who raised indicators (002_…).</summary>
public enum InterviewOutcome
{
    Issued,
    Refused,
    FieldCheck,
    CivilRegistryCheck,
}
