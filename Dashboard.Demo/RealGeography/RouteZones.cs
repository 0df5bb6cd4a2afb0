using Dashboard.Geo.Domain.RatRoutes;

namespace Dashboard.Demo.RealGeography;

/// <summary>
/// The informal-crossing areas the papers name: the Kalimantan–Malaysia land border, the Timor border in NTT, the
/// Papua–PNG border, boat lanes from Sumatra's east coast, the Riau Islands and North Kalimantan to Malaysia and
/// Singapore, and border rivers. Positions are approximate; the routes drawn from them are synthetic.
/// </summary>
public static class RouteZones
{
    private const RouteMode Land = RouteMode.LandPath;
    private const RouteMode Sea = RouteMode.SeaLane;
    private const RouteMode River = RouteMode.River;

    public static IReadOnlyList<RouteZone> All { get; } =
    [
        new("Sajingan Besar", Land, 109.60, 1.42, 109.64, 1.60, 3),
        new("Jagoi Babang", Land, 110.00, 1.20, 110.05, 1.37, 3),
        new("Entikong", Land, 110.30, 0.80, 110.36, 0.99, 5),
        new("Sekayam", Land, 110.80, 0.85, 110.90, 1.05, 2),
        new("Badau", Land, 111.80, 0.85, 111.88, 1.03, 3),
        new("Embaloh Hulu", Land, 112.40, 1.20, 112.50, 1.45, 1),
        new("Putussibau Utara", Land, 113.20, 1.15, 113.30, 1.35, 1),
        new("Krayan", Land, 115.60, 3.30, 115.55, 3.60, 1),
        new("Lumbis", Land, 116.30, 4.10, 116.50, 4.35, 2),
        new("Sebatik", Land, 117.75, 4.05, 117.80, 4.17, 2),
        new("Wini", Land, 124.35, -9.25, 124.45, -9.19, 2),
        new("Napan", Land, 124.70, -9.20, 124.90, -9.05, 3),
        new("Motaain", Land, 124.98, -9.02, 125.09, -8.96, 3),
        new("Turiskain", Land, 124.90, -9.25, 125.05, -9.20, 2),
        new("Motamasin", Land, 124.90, -9.48, 125.03, -9.44, 2),
        new("Skouw", Land, 140.85, -2.70, 140.98, -2.63, 2),
        new("Waris", Land, 140.80, -3.30, 140.99, -3.30, 1),
        new("Sota", Land, 140.80, -8.40, 140.99, -8.43, 1),
        new("Tanjungbalai Asahan", Sea, 99.82, 2.99, 101.30, 2.98, 3),
        new("Bagan Siapiapi", Sea, 100.80, 2.16, 101.40, 2.70, 2),
        new("Dumai", Sea, 101.45, 1.70, 102.25, 2.19, 3),
        new("Bengkalis", Sea, 102.10, 1.50, 102.57, 2.04, 3),
        new("Karimun", Sea, 103.40, 1.02, 103.45, 1.45, 3),
        new("Batam", Sea, 104.00, 1.17, 103.78, 1.45, 4),
        new("Bintan", Sea, 104.45, 1.18, 104.15, 1.38, 3),
        new("Belawan", Sea, 98.70, 3.80, 100.30, 5.40, 1),
        new("Paloh", Sea, 109.20, 1.75, 109.70, 1.90, 1),
        new("Nunukan", Sea, 117.70, 4.10, 117.88, 4.24, 4),
        new("Tarakan", Sea, 117.60, 3.32, 117.90, 4.22, 2),
        new("Sungai Sekayam", River, 110.25, 0.55, 110.36, 0.98, 2),
        new("Sungai Sajingan", River, 109.55, 1.40, 109.63, 1.58, 1),
        new("Sungai Embaloh", River, 112.30, 0.90, 112.35, 1.30, 1),
        new("Sungai Sebuku", River, 116.80, 3.90, 117.00, 4.20, 2),
    ];
}
