using Dashboard.Demo.RealGeography;
using Dashboard.Geo.Domain.Villages;
using Dashboard.Geo.Spatial;

namespace Dashboard.Demo;

/// <summary>Synthetic assisted villages near origin and border regencies, each with a mentor and outreach history.</summary>
internal sealed class VillageFactory(Random random, DateOnly today)
{
    private readonly Dictionary<string, int> _villagesPerRegency = [];
    private long _sessionId;

    public AssistedVillage Create(int id)
    {
        var regency = random.Weighted(Regencies.All, r => r.OriginWeight + (IsBorder(r) ? 3 : 0));
        var number = _villagesPerRegency[regency.Code] = _villagesPerRegency.GetValueOrDefault(regency.Code) + 1;
        var launched = new DateOnly(2019, 1, 1).AddDays(random.Next(today.DayNumber - new DateOnly(2019, 1, 1).DayNumber - 30));
        var village = new AssistedVillage
        {
            Id = id,
            // District digits are synthetic; 2xxx is the Kemendagri range for rural villages (desa).
            VillageCode = $"{regency.Code}.{1 + number / 100:00}.{2001 + number % 100:0000}",
            Name = DemoNames.Village(random),
            RegencyCode = regency.Code,
            ProvinceCode = regency.ProvinceCode,
            MentorOfficer = DemoNames.Officer(random),
            LaunchedOn = launched,
            Location = Geometries.Point(
                Math.Round(regency.Longitude + random.Gaussian() * 0.08, 5),
                Math.Round(regency.Latitude + random.Gaussian() * 0.08, 5)),
            IsSynthetic = true,
        };
        var sessions = random.Next(0, 13);
        var span = Math.Max(1, today.DayNumber - launched.DayNumber);
        for (var i = 0; i < sessions; i++)
        {
            village.OutreachSessions.Add(new OutreachSession
            {
                Id = ++_sessionId,
                VillageId = id,
                HeldOn = launched.AddDays(random.Next(span)),
                Topic = random.Pick(DemoNames.OutreachTopics),
                Attendance = random.Next(15, 160),
            });
        }
        return village;
    }

    private static bool IsBorder(RegencySeat r) => r.ProvinceCode is "61" or "65" or "53" or "21" or "91" or "93";
}
