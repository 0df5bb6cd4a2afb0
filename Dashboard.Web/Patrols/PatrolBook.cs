using Dashboard.Geo.Time;
using System.Security.Claims;
using Dashboard.Geo.Domain.Patrols;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Spatial;
using Dashboard.Web.Identity;
using Dashboard.Web.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Patrols;

/// <summary>
/// Saved patrols: a planner keeps a plan with a team and a date, the team takes it on a handheld, and afterwards the
/// result is recorded. Findings go through the report intake, so they raise alerts and feed the risk map.
/// </summary>
public sealed class PatrolBook(IDbContextFactory<GeoDbContext> contexts, PatrolPlanning planning, ReportIntake intake, TimeProvider clock)
{
    public const int MaxFindings = ReportsApi.MaxBatch;

    public async Task<PatrolOutcome<PatrolSummary>> SaveAsync(PatrolRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var scored = await planning.ScoreAsync(request, ct);
        var errors = new Dictionary<string, string[]>(scored.Errors);
        if (string.IsNullOrWhiteSpace(request.Team) || request.Team.Trim().Length > Patrol.MaxTeamLength)
            errors["team"] = [$"team is required (up to {Patrol.MaxTeamLength} characters): who goes, e.g. \"Tim Patroli 2 Kanim Entikong\"."];
        var today = clock.HeadquartersToday();
        if (request.PlannedFor is not { } date)
            errors["plannedFor"] = ["plannedFor is required (yyyy-MM-dd)."];
        else if (date < today.AddDays(-1) || date > today.AddDays(90))
            errors["plannedFor"] = [$"plannedFor {date:yyyy-MM-dd} must be between yesterday and 90 days ahead."];
        if (errors.Count > 0 || scored.Value is not { } plan)
            return PatrolOutcome<PatrolSummary>.Invalid(errors);

        var home = (await planning.BasesAsync(ct)).First(b => b.Code == request.Base!.Trim());
        var line = new[] { (home.Longitude, home.Latitude) }.Concat(plan.Stops.Select(s => (s.Longitude, s.Latitude))).Append((home.Longitude, home.Latitude))
            .Select(p => new NetTopologySuite.Geometries.Coordinate(p.Item1, p.Item2)).ToArray();
        var patrol = new Patrol
        {
            BaseCode = home.Code,
            BaseName = home.Name,
            Mode = Enum.Parse<PatrolMode>(request.Mode!, ignoreCase: true),
            PlannedFor = request.PlannedFor!.Value,
            Team = request.Team!.Trim(),
            BudgetHours = request.Hours,
            BudgetKilometres = request.Kilometres,
            Waypoints = [.. plan.Stops.Select(s => new PatrolWaypoint { StopId = s.Id, Name = s.Name, Longitude = s.Longitude, Latitude = s.Latitude, Risk = s.Risk })],
            Route = Geometries.Factory.CreateLineString(line),
            Kilometres = plan.Kilometres,
            Hours = plan.Hours,
            Risk = plan.Risk,
            CreatedBy = user.ActorName(),
            CreatedAt = clock.GetUtcNow(),
        };
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Patrols.Add(patrol);
        await db.SaveChangesAsync(ct);
        return PatrolOutcome<PatrolSummary>.Of(Summary(patrol, home.Longitude, home.Latitude));
    }

    /// <summary>Patrols planned in the period, newest first; only those leaving from <paramref name="baseCodes"/> when given.</summary>
    public async Task<IReadOnlyList<PatrolSummary>> ListAsync(DateOnly from, DateOnly to, IReadOnlyCollection<string>? baseCodes, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Patrols.Where(p => p.PlannedFor >= from && p.PlannedFor <= to);
        if (baseCodes is not null)
            query = query.Where(p => baseCodes.Contains(p.BaseCode));
        var patrols = await query.OrderByDescending(p => p.PlannedFor).ThenByDescending(p => p.Id).Take(200).ToListAsync(ct);
        return [.. patrols.Select(p => Summary(p, p.Route.StartPoint.X, p.Route.StartPoint.Y))];
    }

    public async Task<PatrolSummary?> FindAsync(long id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Patrols.SingleOrDefaultAsync(p => p.Id == id, ct) is { } p ? Summary(p, p.Route.StartPoint.X, p.Route.StartPoint.Y) : null;
    }

    /// <summary>Records how a planned patrol went; null when there is no such patrol; a conflict when it was already closed.</summary>
    public async Task<PatrolOutcome<PatrolSummary>?> RecordOutcomeAsync(long id, PatrolOutcomeRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Patrols.SingleOrDefaultAsync(p => p.Id == id, ct) is not { } patrol)
            return null;
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<PatrolStatus>(request.Status, ignoreCase: true, out var status) || status is not (PatrolStatus.Done or PatrolStatus.Cancelled) || int.TryParse(request.Status, out _))
            errors["status"] = [$"status '{request.Status}' must be Done or Cancelled."];
        if (request.Outcome is { Length: > Patrol.MaxOutcomeLength })
            errors["outcome"] = [$"outcome is longer than {Patrol.MaxOutcomeLength} characters."];
        if (request.Findings is { Count: > MaxFindings } many)
            errors["findings"] = [FormattableString.Invariant($"an outcome holds at most {MaxFindings} findings; got {many.Count:N0}.")];
        if (patrol.Status != PatrolStatus.Planned)
            errors["status"] = [$"this patrol was already recorded as {patrol.Status}; an outcome is recorded once."];
        if (errors.Count > 0)
            return PatrolOutcome<PatrolSummary>.Invalid(errors);
        var findings = request.Findings ?? [];
        if (findings.Count > 0)
        {
            var sender = user.Sender();
            var filed = await intake.AcceptAsync(findings, "findings", sender, ct);
            if (!filed.Accepted)
                return PatrolOutcome<PatrolSummary>.Invalid(new Dictionary<string, string[]>(filed.Errors));
            patrol.FindingReportIds = [.. filed.Stored.Select(s => s.Id)];
        }
        patrol.Status = status;
        patrol.Outcome = string.IsNullOrWhiteSpace(request.Outcome) ? null : request.Outcome.Trim();
        patrol.CompletedBy = user.ActorName();
        patrol.CompletedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return PatrolOutcome<PatrolSummary>.Of(Summary(patrol, patrol.Route.StartPoint.X, patrol.Route.StartPoint.Y));
    }

    private static PatrolSummary Summary(Patrol p, double baseLongitude, double baseLatitude) => new(
        p.Id, p.BaseCode, p.BaseName, baseLongitude, baseLatitude, p.Mode.ToString(), p.PlannedFor, p.Team, p.Status.ToString(),
        Math.Round(p.Risk, 3), Math.Round(p.Kilometres, 1), Math.Round(p.Hours, 2),
        [.. p.Waypoints.Select(w => new PatrolStopView(w.StopId, w.Name, w.StopId.StartsWith("route:", StringComparison.Ordinal) ? "route" : "cell", w.Longitude, w.Latitude, Math.Round(w.Risk, 4)))],
        p.CreatedBy, p.Outcome, p.FindingReportIds);
}
