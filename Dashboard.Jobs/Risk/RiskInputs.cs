namespace Dashboard.Jobs.Risk;

/// <summary>What one run reads from PostGIS, already reduced to what the model needs.</summary>
public sealed record RiskInputs(
    DateOnly AsOf,
    IReadOnlyList<GridCellInput> Cells,
    IReadOnlyList<CaseInput> Cases,
    IReadOnlyList<RouteInput> Routes,
    IReadOnlyList<CrossingInput> Crossings,
    IReadOnlyList<VillageInput> Villages,
    IReadOnlyList<ReportInput> Reports,
    IReadOnlyList<PatrolVisit>? PatrolVisits = null);

public readonly record struct GridCellInput(long Id, string? ProvinceCode, string? RegencyCode);

public readonly record struct CaseInput(double Longitude, double Latitude, DateOnly ReportedOn, int Victims, int Minors, bool HighRiskDestination);

public sealed record RouteInput(IReadOnlyList<(double Longitude, double Latitude)> Points, int Activity, DateOnly LastObserved);

public readonly record struct CrossingInput(double Longitude, double Latitude, int DailyPassengers);

public readonly record struct VillageInput(double Longitude, double Latitude, DateOnly? LastOutreach);

/// <summary>A field report: where, when and how credible (0–1, from the A–F/1–6 grading).</summary>
public readonly record struct ReportInput(double Longitude, double Latitude, DateTimeOffset At, double Credibility);

/// <summary>A stop a completed patrol visited, on the day the outcome was recorded: the service was there.</summary>
public readonly record struct PatrolVisit(double Longitude, double Latitude, DateOnly On);
