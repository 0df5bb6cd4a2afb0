using Dashboard.Geo.Alerts;
using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Screening;
using Dashboard.Geo.Spatial;
using Dashboard.Jobs.Referrals;
using Dashboard.Jobs.Situation;
using Dashboard.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Jobs.Tests.Referrals;

public sealed class UnansweredReferralJobTests(PostgisDatabaseFixture database) : IClassFixture<PostgisDatabaseFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Run_FlagsOnlyPendingReferralsOlderThan48Hours_AndOnlyOnce_RaisingOneAlertAtTheCheckpoint()
    {
        var contexts = await ContextsAsync();
        await database.MigrateGeoAsync();
        var geo = new GeoFactory(database);
        int crossingId;
        await using (var g = geo.CreateDbContext())
        {
            var crossing = new BorderCrossing
            {
                Code = "TPI-REF-UJI", Name = "Pelabuhan Uji", Kind = CrossingKind.Seaport, ManagingOffice = "Kanim Batam", ProvinceCode = "21",
                RegencyCode = "21.71", Location = Geometries.Point(104.0, 1.1),
            };
            g.BorderCrossings.Add(crossing);
            await g.SaveChangesAsync();
            crossingId = crossing.Id;
        }
        var late = Guid.NewGuid();
        var recent = Guid.NewGuid();
        var answered = Guid.NewGuid();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var service = new VictimService { Name = "UPTD PPA Uji", RegionCode = "21.71", Contact = "0778-000", Agency = "Pemda", ChangedBy = "test", TakesAdults = true, TakesWomen = true };
            var screening = new CheckpointScreening
            {
                Id = Guid.NewGuid(), CrossingId = crossingId, CrossingCode = "TPI-REF-UJI", OfficeCode = "KANIM-BATAM", ScreenedAt = Now.AddDays(-3),
                AgeGroup = AgeGroup.Age18To20, Sex = Sex.Female, DestinationCountry = "KH", Disposition = ScreeningDisposition.PotentialVictim,
                RecordedBy = "petugas", RecordedByName = "Petugas",
            };
            var record = new ProtectionRecord { Id = Guid.NewGuid(), ScreeningId = screening.Id, OfficeCode = "KANIM-BATAM", Consent = ConsentNoted.Yes, OpenedBy = "petugas", OpenedByName = "Petugas", OpenedAt = Now.AddDays(-3) };
            db.AddRange(service, screening, record);
            await db.SaveChangesAsync();
            db.Referrals.AddRange(
                Referral(late, record.Id, service.Id, Now.AddHours(-49), ReferralStatus.Pending),
                Referral(recent, record.Id, service.Id, Now.AddHours(-47), ReferralStatus.Pending),
                Referral(answered, record.Id, service.Id, Now.AddHours(-60), ReferralStatus.Accepted));
            await db.SaveChangesAsync();
        }
        var clock = new FixedClock(Now);
        var job = new UnansweredReferralJob(contexts, geo, new AlertStore(geo, clock), new LogOnlyPublisher(NullLogger<LogOnlyPublisher>.Instance), clock,
            NullLogger<UnansweredReferralJob>.Instance);

        var first = await job.RunAsync(CancellationToken.None);
        var second = await job.RunAsync(CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        await using var check = await contexts.CreateDbContextAsync();
        var flags = await check.Referrals.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.FlaggedAt);
        Assert.Equal(Now, flags[late]);
        Assert.Null(flags[recent]);
        Assert.Null(flags[answered]);
        // One alert, at the checkpoint, naming the service and the hours waited; nothing about the person referred.
        await using var alerts = geo.CreateDbContext();
        var alert = Assert.Single(await alerts.Alerts.AsNoTracking().Include(a => a.Evidence).Where(a => a.Rule == AlertRule.UnansweredReferral).ToListAsync());
        Assert.Equal((UnansweredReferralJob.SubjectKey(late), "UPTD PPA Uji · Pelabuhan Uji", AlertSeverity.High, 49, "21"),
            (alert.SubjectKey, alert.SubjectName, alert.Severity, alert.Count, alert.ProvinceCode));
        Assert.Equal((104.0, 1.1), (alert.Location.X, alert.Location.Y));
        Assert.Equal((AlertEvidence.Crossing, (long)crossingId), (Assert.Single(alert.Evidence).Kind, alert.Evidence[0].Id));
    }

    private static Referral Referral(Guid id, Guid record, int service, DateTimeOffset at, ReferralStatus status) => new()
    {
        Id = id, ProtectionRecordId = record, ServiceId = service, Reason = "perlu rumah aman", ReferredBy = "petugas",
        ReferredByName = "Petugas", ReferredAt = at, Status = status, AnsweredAt = status == ReferralStatus.Pending ? null : at.AddHours(2),
    };

    private async Task<IDbContextFactory<ScreeningDb>> ContextsAsync()
    {
        var factory = new Factory(new DbContextOptionsBuilder<ScreeningDb>().UseScreeningDatabase(database.ConnectionString).Options);
        await using var db = factory.CreateDbContext();
        await HistoryTableFirst.MigrateAsync(db);
        return factory;
    }

    private sealed class Factory(DbContextOptions options) : IDbContextFactory<ScreeningDb>
    {
        public ScreeningDb CreateDbContext() => new((DbContextOptions<ScreeningDb>)options);
    }

    private sealed class GeoFactory(PostgisDatabaseFixture database) : IDbContextFactory<GeoDbContext>
    {
        public GeoDbContext CreateDbContext() => database.CreateGeoContext();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
