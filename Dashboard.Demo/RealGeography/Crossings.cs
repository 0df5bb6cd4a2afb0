using Dashboard.Geo.Domain.Crossings;

namespace Dashboard.Demo.RealGeography;

/// <summary>
/// Official crossings at their public positions (to about a kilometre): the international airports and seaports
/// named in the papers, and the land border posts with Malaysia, Timor-Leste and Papua New Guinea.
/// Daily passengers and officers are plausible orders of magnitude for the demo, not official statistics.
/// </summary>
public static class Crossings
{
    private const CrossingKind Air = CrossingKind.Airport;
    private const CrossingKind Sea = CrossingKind.Seaport;
    private const CrossingKind Land = CrossingKind.LandBorderPost;

    public static IReadOnlyList<CrossingSite> All { get; } =
    [
        new("CGK", "Bandara Soekarno-Hatta", Air, "Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta", "36.71", 106.6559, -6.1256, 45000, 20),
        new("DPS", "Bandara I Gusti Ngurah Rai", Air, "Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai", "51.03", 115.1672, -8.7482, 25000, 16),
        new("KNO", "Bandara Kualanamu", Air, "Kantor Imigrasi Kelas I Khusus TPI Medan", "12.12", 98.8853, 3.6422, 6000, 8),
        new("SUB", "Bandara Juanda", Air, "Kantor Imigrasi Kelas I Khusus TPI Surabaya", "35.15", 112.7869, -7.3798, 6000, 8),
        new("BTH", "Bandara Hang Nadim", Air, "Kantor Imigrasi Kelas I Khusus TPI Batam", "21.71", 104.1186, 1.1210, 2500, 4),
        new("UPG", "Bandara Sultan Hasanuddin", Air, "Kantor Imigrasi Kelas I TPI Makassar", "73.09", 119.5540, -5.0617, 2500, 4),
        new("YIA", "Bandara Internasional Yogyakarta", Air, "Kantor Imigrasi Kelas I TPI Yogyakarta", "34.01", 110.0572, -7.9007, 1500, 3),
        new("MDC", "Bandara Sam Ratulangi", Air, "Kantor Imigrasi Kelas I TPI Manado", "71.06", 124.9260, 1.5493, 800, 3),
        new("PDG", "Bandara Minangkabau", Air, "Kantor Imigrasi Kelas I TPI Padang", "13.05", 100.2806, -0.7868, 1200, 3),
        new("PKU", "Bandara Sultan Syarif Kasim II", Air, "Kantor Imigrasi Kelas I TPI Pekanbaru", "14.71", 101.4445, 0.4608, 1000, 3),
        new("PNK", "Bandara Supadio", Air, "Kantor Imigrasi Kelas I TPI Pontianak", "61.12", 109.4039, -0.1507, 600, 3),
        new("LOP", "Bandara Zainuddin Abdul Madjid", Air, "Kantor Imigrasi Kelas I TPI Mataram", "52.02", 116.2767, -8.7573, 900, 3),
        new("KOE", "Bandara El Tari", Air, "Kantor Imigrasi Kelas I TPI Kupang", "53.71", 123.6711, -10.1716, 300, 2),
        new("BPN", "Bandara Sultan Aji Muhammad Sulaiman Sepinggan", Air, "Kantor Imigrasi Kelas I TPI Balikpapan", "64.71", 116.8945, -1.2683, 500, 2),
        new("BTJ", "Bandara Sultan Iskandar Muda", Air, "Kantor Imigrasi Kelas I TPI Banda Aceh", "11.06", 95.4206, 5.5229, 400, 2),
        new("KJT", "Bandara Kertajati", Air, "Kantor Imigrasi Kelas II Non TPI Cirebon", "32.10", 108.1661, -6.6486, 700, 3),
        new("TRK", "Bandara Juwata", Air, "Kantor Imigrasi Kelas II TPI Tarakan", "65.71", 117.5694, 3.3267, 150, 2),
        new("BTC", "Pelabuhan Batam Centre", Sea, "Kantor Imigrasi Kelas I Khusus TPI Batam", "21.71", 104.0530, 1.1290, 8000, 6),
        new("HBB", "Pelabuhan Harbour Bay", Sea, "Kantor Imigrasi Kelas I Khusus TPI Batam", "21.71", 103.9957, 1.1577, 4000, 4),
        new("SKP", "Pelabuhan Sekupang", Sea, "Kantor Imigrasi Kelas I Khusus TPI Batam", "21.71", 103.9390, 1.1220, 3000, 3),
        new("NGS", "Pelabuhan Nongsa Pura", Sea, "Kantor Imigrasi Kelas I Khusus TPI Batam", "21.71", 104.1050, 1.1980, 800, 2),
        new("TPG", "Pelabuhan Sri Bintan Pura", Sea, "Kantor Imigrasi Kelas I TPI Tanjungpinang", "21.72", 104.4426, 0.9226, 1500, 3),
        new("BBT", "Pelabuhan Bandar Bentan Telani", Sea, "Kantor Imigrasi Kelas II TPI Tanjung Uban", "21.02", 104.4100, 1.1700, 1500, 3),
        new("TBK", "Pelabuhan Tanjung Balai Karimun", Sea, "Kantor Imigrasi Kelas II TPI Tanjung Balai Karimun", "21.01", 103.4400, 0.9950, 1200, 3),
        new("DUM", "Pelabuhan Dumai", Sea, "Kantor Imigrasi Kelas II TPI Dumai", "14.73", 101.4480, 1.6860, 1000, 2),
        new("BLW", "Pelabuhan Belawan", Sea, "Kantor Imigrasi Kelas II TPI Belawan", "12.75", 98.6890, 3.7860, 300, 2),
        new("TBA", "Pelabuhan Teluk Nibung Tanjungbalai Asahan", Sea, "Kantor Imigrasi Kelas II TPI Tanjungbalai Asahan", "12.72", 99.8200, 2.9900, 300, 2),
        new("NNK", "Pelabuhan Tunon Taka Nunukan", Sea, "Kantor Imigrasi Kelas II TPI Nunukan", "65.04", 117.6680, 4.1360, 900, 3),
        new("TMK", "Pelabuhan Malundung Tarakan", Sea, "Kantor Imigrasi Kelas II TPI Tarakan", "65.71", 117.5800, 3.2900, 200, 2),
        new("TPR", "Pelabuhan Tanjung Priok", Sea, "Kantor Imigrasi Kelas I TPI Jakarta Utara", "31.75", 106.8830, -6.1040, 400, 2),
        new("BNO", "Pelabuhan Benoa", Sea, "Kantor Imigrasi Kelas I TPI Denpasar", "51.71", 115.2100, -8.7450, 600, 2),
        new("ENT", "PLBN Entikong", Land, "Kantor Imigrasi Kelas II TPI Entikong", "61.05", 110.3600, 0.9925, 1500, 4),
        new("ARK", "PLBN Aruk", Land, "Kantor Imigrasi Kelas II TPI Sambas", "61.01", 109.6430, 1.6050, 300, 2),
        new("BDU", "PLBN Badau", Land, "Kantor Imigrasi Kelas II TPI Putussibau", "61.08", 111.8750, 1.0350, 300, 2),
        new("JGB", "PLBN Jagoi Babang", Land, "Kantor Imigrasi Kelas II TPI Singkawang", "61.02", 110.0500, 1.3700, 200, 2),
        new("MTA", "PLBN Motaain", Land, "Kantor Imigrasi Kelas II TPI Atambua", "53.06", 125.0980, -8.9560, 800, 3),
        new("MTM", "PLBN Motamasin", Land, "Kantor Imigrasi Kelas II TPI Atambua", "53.21", 125.0300, -9.4420, 300, 2),
        new("WIN", "PLBN Wini", Land, "Kantor Imigrasi Kelas II TPI Atambua", "53.05", 124.4450, -9.1950, 200, 2),
        new("SKW", "PLBN Skouw", Land, "Kantor Imigrasi Kelas I TPI Jayapura", "91.71", 140.9840, -2.6290, 500, 2),
        new("SOT", "PLBN Sota", Land, "Kantor Imigrasi Kelas II TPI Merauke", "93.01", 140.9900, -8.4330, 100, 1),
    ];
}
