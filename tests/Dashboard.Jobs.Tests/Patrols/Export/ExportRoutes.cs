using Dashboard.Jobs.Patrols;
using Dashboard.Jobs.Patrols.Export;

namespace Dashboard.Jobs.Tests.Patrols.Export;

/// <summary>
/// A small patrol out of Entikong, West Kalimantan, with the text a real one carries: Indonesian with a dash,
/// characters XML must escape, a stop without a note, and coordinates with more digits than an export keeps.
/// </summary>
internal static class ExportRoutes
{
    public const string SekayamNote = "Jalur Tikus Sungai Sekayam — perahu malam";

    public static readonly PatrolBase Entikong = new("kanim-entikong", "Kantor Imigrasi Entikong", 110.3502, 1.0361);

    public static PatrolRoute Entikong3() => new(
        "Patroli Sekayam malam",
        new DateOnly(2025, 3, 14),
        "Tim Pengawasan 2",
        Entikong,
        [
            new PatrolWaypoint("jt-sekayam-1", SekayamNote, 110.41234567, 0.98765432),
            new PatrolWaypoint("pos-lintas-2", "Laporan \"TKI non-prosedural\" & anak < 18 tahun", 110.2875, 1.0512),
            new PatrolWaypoint("dermaga-3", null, 110.3333333, 1.1),
        ]);

    /// <summary>The same round along the roads: out west by the river road, the stops, and back by the border road.</summary>
    public static PatrolRoute Entikong3ByRoad() => Entikong3() with
    {
        Track =
        [
            (110.3502, 1.0361), (110.38, 1.01), (110.4123457, 0.9876543), (110.35, 1.04), (110.2875, 1.0512),
            (110.31, 1.09), (110.3333333, 1.1), (110.345, 1.07), (110.3502, 1.0361),
        ],
    };

    public static PatrolRoute With(PatrolWaypoint waypoint) => Entikong3() with { Waypoints = [waypoint] };
}
