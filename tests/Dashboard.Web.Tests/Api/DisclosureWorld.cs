using Dashboard.Geo.Disclosure;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Persistence.Configurations;
using Dashboard.Geo.Spatial;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Api;

/// <summary>
/// Two provinces and their regencies with cases in one week of the last ended quarter: Bengkayang has a single
/// case (3 victims, 1 a minor), the one a differencing attack goes after; Sanggau and Landak are busy; a third
/// province has nothing, so ranks can tie.
/// </summary>
internal static class DisclosureWorld
{
    public const string SingleCaseRegency = "61.07";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    public static CalendarPeriod Quarter => DisclosureCalendar.LastEnded(CalendarGranularity.Quarter, Today);

    /// <summary>The week of the quarter the cases fall in.</summary>
    public static CalendarPeriod Week => Quarter.Weeks()[5];

    public static CalendarPeriod OtherWeek => Quarter.Weeks()[8];

    public static async Task EnsureAsync(GeoDbContext db)
    {
        if (await db.CaseOrigins.AnyAsync(c => c.Reference.StartsWith("DSC-")))
            return;
        db.Provinces.AddRange(
            new Province { Code = "61", Name = "Kalimantan Barat", Seat = Geometries.Point(109.33, -0.03) },
            new Province { Code = "33", Name = "Jawa Tengah", Seat = Geometries.Point(110.42, -6.99) },
            new Province { Code = "11", Name = "Aceh", Seat = Geometries.Point(95.32, 5.55) });
        db.Regencies.AddRange(
            new Regency { Code = "61.05", ProvinceCode = "61", Name = "Kabupaten Sanggau", Seat = Geometries.Point(110.6, 0.12) },
            new Regency { Code = "61.07", ProvinceCode = "61", Name = "Kabupaten Bengkayang", Seat = Geometries.Point(109.66, 0.82) },
            new Regency { Code = "61.08", ProvinceCode = "61", Name = "Kabupaten Landak", Seat = Geometries.Point(109.95, 0.4) },
            new Regency { Code = "33.01", ProvinceCode = "33", Name = "Kabupaten Cilacap", Seat = Geometries.Point(109.0, -7.7) },
            new Regency { Code = "33.02", ProvinceCode = "33", Name = "Kabupaten Banyumas", Seat = Geometries.Point(109.2, -7.45) },
            new Regency { Code = "11.01", ProvinceCode = "11", Name = "Kabupaten Aceh Selatan", Seat = Geometries.Point(97.2, 3.2) });
        var n = 0;
        void Cases(string regency, int count, DateOnly day, int victims, int minors, double lon, double lat)
        {
            for (var i = 0; i < count; i++)
            {
                var origin = new CaseOrigin
                {
                    Reference = $"DSC-{n++}", Location = Geometries.Point(lon, lat), ProvinceCode = regency[..2], RegencyCode = regency,
                    ReportedOn = day.AddDays(i % 7), ModusOperandiCode = ModusOperandiCatalogue.OnlineScamJob, DestinationCountry = "KH",
                    ReportingAgency = "Polri", Status = CaseStatus.Active,
                };
                List<VictimGroup> groups = [new VictimGroup { Sex = Sex.Female, AgeGroup = AgeGroup.Age18To20, Count = victims - minors }];
                if (minors > 0)
                    groups.Add(new VictimGroup { Sex = Sex.Female, AgeGroup = AgeGroup.Age9To17, Count = minors });
                origin.SetVictims(groups);
                db.CaseOrigins.Add(origin);
            }
        }
        var week = Week.From;
        Cases("61.05", 12, week, 2, 0, 110.55, 0.1);
        Cases("61.07", 1, week.AddDays(2), 3, 1, 109.70, 0.85);
        Cases("61.08", 6, week, 1, 0, 109.9, 0.4);
        Cases("33.01", 8, week, 1, 0, 109.0, -7.7);
        Cases("33.02", 2, week, 1, 0, 109.2, -7.45);
        Cases("61.05", 7, OtherWeek.From, 1, 0, 110.55, 0.1);
        await db.SaveChangesAsync();
    }
}
