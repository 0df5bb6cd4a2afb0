using Dashboard.Web.Reports;

namespace Dashboard.Web.Demo;

/// <summary>
/// Plausible field reports for the demo feed, in the words officers use. Offloadings favour a few busy checkpoints so
/// that clusters (and their alerts) form now and then; about half of the sightings are graded credible.
/// </summary>
public static class DemoReports
{
    private static readonly string[] Destinations = ["MY", "MY", "MY", "SA", "AE", "KH", "HK", "TW"];
    private static readonly string[] Profiles = ["perempuan 18-25", "laki-laki 20-35", "perempuan 26-40", "rombongan keluarga"];

    private static readonly string[] OffloadingTexts =
    [
        "Calon penumpang mengaku berwisata tetapi membawa surat panggilan kerja; tidak ada visa kerja.",
        "Rombongan dengan tiket sekali jalan, sponsor yang sama, tidak dapat menyebut alamat tujuan.",
        "Penumpang gugup, paspor baru diterbitkan, dijemput agen yang tidak mau menyebut nama.",
    ];

    private static readonly string[] VillageTexts =
    [
        "Perekrut dari luar desa menawarkan kerja di kebun sawit tanpa biaya dan tanpa kontrak.",
        "Warga melaporkan pemuda desa dijanjikan gaji besar sebagai operator daring di luar negeri.",
        "Kepala dusun melihat calo mengumpulkan KTP calon pekerja migran di balai desa.",
    ];

    private static readonly string[] SightingTexts =
    [
        "Perahu tanpa lampu membawa penumpang menuju seberang setelah tengah malam.",
        "Rombongan dengan tas besar berjalan melalui jalan setapak menuju perbatasan.",
        "Kendaraan menurunkan orang di ujung jalan kebun dekat patok batas.",
    ];

    private static readonly string[] TipTexts =
    [
        "Informan menyebut keberangkatan rombongan pekerja tanpa dokumen dalam dua hari ini.",
        "Sumber menyebut penampungan sementara di rumah kontrakan dekat pelabuhan.",
    ];

    public static ReportSubmission Next(DemoFeedPlaces places, Random random, DateTimeOffset now)
    {
        var key = $"demo-feed-{Guid.NewGuid():N}";
        var observedAt = now.AddMinutes(-random.Next(2, 90));
        var roll = random.NextDouble();
        if (roll < 0.35)
        {
            // Two thirds of offloadings at the first five checkpoints: where clusters really form.
            var crossing = places.Crossings[random.NextDouble() < 0.67 ? random.Next(Math.Min(5, places.Crossings.Count)) : random.Next(places.Crossings.Count)];
            return new ReportSubmission(key, "CheckpointOffloading", crossing.Longitude, crossing.Latitude, observedAt, "penundaan keberangkatan",
                "A", 2, Pick(random, OffloadingTexts), PeopleCount: random.Next(1, 6), Profile: Pick(random, Profiles),
                SuspectedModus: places.Modi.Count > 0 ? Pick(random, places.Modi) : null, IntendedDestination: Pick(random, Destinations),
                CrossingCode: crossing.Code);
        }
        if (roll < 0.60)
        {
            var village = Pick(random, places.Villages);
            return new ReportSubmission(key, "VillageRecruitment", village.Longitude + Jitter(random), village.Latitude + Jitter(random), observedAt,
                "perekrutan mencurigakan", Pick(random, ["B", "C", "C", "F"]), random.Next(2, 5), Pick(random, VillageTexts), VillageCode: village.Code);
        }
        var route = Pick(random, places.RatRoutes);
        if (roll < 0.85)
        {
            var credible = random.NextDouble() < 0.5;
            return new ReportSubmission(key, "PatrolSighting", route.Longitude + Jitter(random), route.Latitude + Jitter(random), observedAt,
                "pergerakan malam", credible ? "B" : "D", credible ? 2 : 4, Pick(random, SightingTexts), PeopleCount: random.Next(2, 12),
                RatRouteId: int.Parse(route.Code, System.Globalization.CultureInfo.InvariantCulture));
        }
        return new ReportSubmission(key, "IntelligenceTip", route.Longitude + 10 * Jitter(random), route.Latitude + 10 * Jitter(random), observedAt,
            "informasi intelijen", "C", 3, Pick(random, TipTexts));
    }

    // About ±300 m: near, not on, the place.
    private static double Jitter(Random random) => (random.NextDouble() - 0.5) * 0.006;

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
