namespace Dashboard.Geo.Domain.Risk;

/// <summary>One meaning of "the risk map now": the newest run that succeeded; a failed or running one never shows.</summary>
public static class RiskRunScopes
{
    /// <summary>The same rule for SQL written by hand: the id of the newest succeeded run, or NULL.</summary>
    public static readonly string LatestSucceededIdSql = $"(SELECT id FROM geo.risk_runs WHERE status = {(int)RiskRunStatus.Succeeded} ORDER BY id DESC LIMIT 1)";

    public static IQueryable<RiskRun> Succeeded(this IQueryable<RiskRun> runs) => runs.Where(r => r.Status == RiskRunStatus.Succeeded);

    /// <summary>Succeeded runs, newest first: <c>.LatestFirst().FirstOrDefaultAsync()</c> is the risk map now.</summary>
    public static IOrderedQueryable<RiskRun> LatestFirst(this IQueryable<RiskRun> runs) => runs.Succeeded().OrderByDescending(r => r.Id);
}
