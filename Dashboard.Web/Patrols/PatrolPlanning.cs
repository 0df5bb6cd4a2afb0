using System.Globalization;
using Dashboard.Geo.Domain.Patrols;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Queries.Patrols;
using Dashboard.Geo.Queries.Travel;
using Dashboard.Jobs.Patrols;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Patrols;

/// <summary>
/// The patrol desk's questions, answered from the latest risk run: where could we go from this base, which round
/// covers the most risk within the shift, and what does this hand-made round cover and cost. Distances run along the
/// travel network where the base and stops can join it (pgRouting), straight lines with a detour factor elsewhere.
/// Used by the page and the API.
/// </summary>
public sealed class PatrolPlanning(IDbContextFactory<GeoDbContext> contexts, PatrolCandidateQuery candidates, TravelNetworkQuery network,
    PatrolPlannerOptions options, TimeProvider clock, Geo.Territory.IndonesiaTerritorySource territory)
{
    public const double MaxHours = 24;
    public const double MaxKilometres = 500;
    public const int MaxStops = 40;

    public async Task<IReadOnlyList<PatrolBaseOption>> BasesAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.BorderCrossings.Where(c => c.IsPatrolBase && c.RetiredAt == null).OrderBy(c => c.Name)
            .Select(c => new PatrolBaseOption(c.Code, c.Name, c.Kind.ToString(), c.ProvinceCode, c.Location.X, c.Location.Y))
            .ToListAsync(ct);
    }

    public async Task<PatrolOutcome<PatrolSuggestionView>> SuggestAsync(PatrolRequest request, CancellationToken ct)
    {
        var (inputs, errors) = await ReadAsync(request, needsStops: false, ct);
        if (inputs is null)
            return PatrolOutcome<PatrolSuggestionView>.Invalid(errors);
        var (home, mode, budget) = inputs.Value;
        var found = await candidates.FindAsync(home.Longitude, home.Latitude, ReachMetres(budget, mode), mode, ct);
        var views = found.ToDictionary(c => c.Id, View);
        var stops = found.Where(c => c.Risk > 0).Select(c => new PatrolStop(c.Id, c.Longitude, c.Latitude, c.Risk, ServiceMinutes(c.Kind))).ToList();
        var seed = request.Seed ?? (int)(clock.GetUtcNow().ToUnixTimeMilliseconds() % int.MaxValue);
        var travel = await TravelCostsAsync(home, stops, mode, ct);
        var suggestion = stops.Count == 0 ? null : new PatrolPlanner(options, travel).Suggest(Home(home), stops, budget, mode, new Random(seed));
        var onNetwork = stops.Select((stop, k) => (stop.Id, travel.OnNetwork(k + 1))).Where(s => s.Item2).Select(s => s.Id).ToHashSet();
        async Task<PatrolPlanView> ShowAsync(PatrolPlan plan) =>
            PatrolPlanView.Of(plan, views) with { Travel = Travel(travel, plan, onNetwork), Path = await PathAsync(home, plan, mode, ct) };
        var suggested = await ShowAsync(suggestion?.Suggested ?? PatrolPlan.Empty);
        var alternatives = new List<PatrolPlanView>();
        foreach (var alternative in suggestion?.Alternatives ?? [])
            alternatives.Add(await ShowAsync(alternative));
        return PatrolOutcome<PatrolSuggestionView>.Of(new PatrolSuggestionView(home, mode.ToString(), budget.MaxHours, budget.MaxKilometres,
            await LatestRunAsync(ct), [.. views.Values.OrderByDescending(v => v.Risk)], suggested,
            Math.Round(suggestion?.Best.Risk ?? 0, 3), Math.Round(suggestion?.ShareOfBest ?? 1, 3), suggestion?.NearBestCount ?? 0,
            alternatives, new PatrolTravelView(travel.OnNetwork(0), onNetwork.Count, stops.Count, options.DetourFactor)));
    }

    /// <summary>Scores stops in the given order where they now are, e.g. after the planner dragged one on the map.</summary>
    public async Task<PatrolOutcome<PatrolPlanView>> ScoreAsync(PatrolRequest request, CancellationToken ct)
    {
        var (inputs, errors) = await ReadAsync(request, needsStops: true, ct);
        if (inputs is null)
            return PatrolOutcome<PatrolPlanView>.Invalid(errors);
        var (home, mode, budget) = inputs.Value;
        var given = request.Stops!;
        var risks = await candidates.RiskAtAsync([.. given.Select(s => (s.Longitude!.Value, s.Latitude!.Value, RouteIdOf(s.Id!)))], ct);
        var stops = given.Select((s, i) => new PatrolStop(s.Id!, s.Longitude!.Value, s.Latitude!.Value, risks[i],
            ServiceMinutes(s.Id!.StartsWith("route:", StringComparison.Ordinal) ? PatrolCandidateKind.RatRoute : PatrolCandidateKind.RiskCell))).ToList();
        var views = given.Select((s, i) => new PatrolStopView(s.Id!, string.IsNullOrWhiteSpace(s.Name) ? s.Id! : s.Name.Trim(), KindOf(s.Id!),
            s.Longitude!.Value, s.Latitude!.Value, Math.Round(risks[i], 4))).DistinctBy(v => v.Id).ToDictionary(v => v.Id);
        var travel = await TravelCostsAsync(home, stops, mode, ct);
        var onNetwork = stops.Where((_, k) => travel.OnNetwork(k + 1)).Select(s => s.Id).ToHashSet();
        var plan = new PatrolPlanner(options, travel).Score(Home(home), stops, budget, mode);
        return PatrolOutcome<PatrolPlanView>.Of(PatrolPlanView.Of(plan, views) with { Travel = Travel(travel, plan, onNetwork), Path = await PathAsync(home, plan, mode, ct) });
    }

    /// <summary>The base, mode and budget of a request, or every field that is wrong with it.</summary>
    public async Task<((PatrolBaseOption Home, PatrolMode Mode, PatrolBudget Budget)? Inputs, Dictionary<string, string[]> Errors)> ReadAsync(
        PatrolRequest request, bool needsStops, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        PatrolBaseOption? home = null;
        if (string.IsNullOrWhiteSpace(request.Base))
            errors["base"] = ["base is required: the code of the crossing or post the patrol leaves from, e.g. PLBN-ENT."];
        else if ((home = (await BasesAsync(ct)).FirstOrDefault(b => b.Code == request.Base.Trim())) is null)
            errors["base"] = [$"base '{request.Base}' is not a known crossing or post."];
        if (!Enum.TryParse<PatrolMode>(request.Mode, ignoreCase: true, out var mode) || !Enum.IsDefined(mode) || int.TryParse(request.Mode, out _))
            errors["mode"] = [$"mode '{request.Mode}' must be Land or Sea."];
        PatrolBudget? budget = null;
        if (request.Hours is null == request.Kilometres is null)
            errors["budget"] = ["give either hours (a shift length) or kilometres (a distance budget), not both or neither."];
        else if (request.Hours is { } hours && (double.IsNaN(hours) || hours <= 0 || hours > MaxHours))
            errors["hours"] = [string.Create(CultureInfo.InvariantCulture, $"hours must be more than 0 and at most {MaxHours}; got {hours}.")];
        else if (request.Kilometres is { } km && (double.IsNaN(km) || km <= 0 || km > MaxKilometres))
            errors["kilometres"] = [string.Create(CultureInfo.InvariantCulture, $"kilometres must be more than 0 and at most {MaxKilometres}; got {km}.")];
        else
            budget = request.Hours is { } h ? PatrolBudget.Hours(h) : PatrolBudget.Kilometres(request.Kilometres!.Value);
        if (needsStops)
            CheckStops(request.Stops, await territory.GetAsync(ct), errors);
        return errors.Count == 0 ? ((home!, mode, budget!), errors) : (null, errors);
    }

    private static void CheckStops(IReadOnlyList<PatrolStopRequest>? stops, Geo.Territory.IndonesiaTerritory? territory, Dictionary<string, string[]> errors)
    {
        if (stops is not { Count: > 0 })
        {
            errors["stops"] = ["stops must hold at least one stop."];
            return;
        }
        if (stops.Count > MaxStops)
            errors["stops"] = [$"a patrol has at most {MaxStops} stops; got {stops.Count}."];
        for (var i = 0; i < stops.Count; i++)
        {
            var s = stops[i];
            if (string.IsNullOrWhiteSpace(s.Id) || s.Id.Length > 40)
                errors[$"stops[{i}].id"] = ["id is required (up to 40 characters), e.g. route:12 or cell:4031."];
            if (s.Name is { Length: > Geo.Domain.Patrols.PatrolWaypoint.MaxNameLength })
                errors[$"stops[{i}].name"] = [FormattableString.Invariant($"name is {s.Name.Length:N0} characters long; at most {Geo.Domain.Patrols.PatrolWaypoint.MaxNameLength}.")];
            if (s.Longitude is null || s.Latitude is null)
                errors[$"stops[{i}].location"] = ["longitude and latitude are required."];
            else if (Geo.Spatial.GeometryGuard.Check("Patrol stop", s.Id ?? $"#{i}", Geo.Spatial.Geometries.Point(s.Longitude.Value, s.Latitude.Value), territory) is { } problem)
                errors[$"stops[{i}].location"] = [problem.Detail];
        }
    }

    private async Task<NetworkTravelCosts> TravelCostsAsync(PatrolBaseOption home, IReadOnlyList<PatrolStop> stops, PatrolMode mode, CancellationToken ct)
    {
        var measured = await network.DistancesAsync([(home.Longitude, home.Latitude), .. stops.Select(s => (s.Longitude, s.Latitude))],
            mode, options.NetworkSnapMetres, ct);
        return new NetworkTravelCosts(measured, options.DetourFactor);
    }

    /// <summary>The way a plan goes on the ground, for the map and the handheld's track.</summary>
    public async Task<IReadOnlyList<double[]>> PathAsync(PatrolBaseOption home, PatrolPlan plan, PatrolMode mode, CancellationToken ct) =>
        await PathAsync(home.Longitude, home.Latitude, [.. plan.Stops.Select(s => (s.Longitude, s.Latitude))], mode, ct);

    public async Task<IReadOnlyList<double[]>> PathAsync(double baseLongitude, double baseLatitude, IReadOnlyList<(double Longitude, double Latitude)> stops,
        PatrolMode mode, CancellationToken ct)
    {
        var path = await network.PathAsync([(baseLongitude, baseLatitude), .. stops, (baseLongitude, baseLatitude)], mode, options.NetworkSnapMetres, ct);
        return [.. path.Select(p => new[] { Math.Round(p.Longitude, 6), Math.Round(p.Latitude, 6) })];
    }

    private PatrolTravelView Travel(NetworkTravelCosts travel, PatrolPlan plan, HashSet<string> onNetwork) =>
        new(travel.OnNetwork(0), plan.Stops.Count(s => onNetwork.Contains(s.Id)), plan.Stops.Count, options.DetourFactor);

    private double ReachMetres(PatrolBudget budget, PatrolMode mode)
    {
        // Out and back, along ways longer than the straight line: half the budget, divided by the detour factor.
        var kilometres = budget.MaxKilometres ?? budget.MaxHours!.Value * options.SpeedKmh(mode);
        return kilometres * 1000 / 2 / options.DetourFactor;
    }

    private async Task<int?> LatestRunAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Geo.Domain.Risk.RiskRunScopes.LatestFirst(db.RiskRuns).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
    }

    private static PatrolBase Home(PatrolBaseOption home) => new(home.Code, home.Name, home.Longitude, home.Latitude);

    // Walking a stretch of a rat route takes longer than checking a cell's landing places.
    private static double ServiceMinutes(PatrolCandidateKind kind) => kind == PatrolCandidateKind.RatRoute ? 30 : 20;

    private static PatrolStopView View(PatrolCandidate c) =>
        new(c.Id, c.Name, c.Kind == PatrolCandidateKind.RatRoute ? "route" : "cell", c.Longitude, c.Latitude, Math.Round(c.Risk, 4));

    private static string KindOf(string id) => id.StartsWith("route:", StringComparison.Ordinal) ? "route" : "cell";

    private static int? RouteIdOf(string id) =>
        id.StartsWith("route:", StringComparison.Ordinal) && int.TryParse(id.AsSpan(6), CultureInfo.InvariantCulture, out var route) ? route : null;
}
