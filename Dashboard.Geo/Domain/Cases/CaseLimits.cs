namespace Dashboard.Geo.Domain.Cases;

/// <summary>Lengths of a case's free-text fields, shared by the schema and the checks that name them.</summary>
public static class CaseLimits
{
    public const int RecruitmentChannel = 200;
    public const int IssuingOffice = 100;
}
