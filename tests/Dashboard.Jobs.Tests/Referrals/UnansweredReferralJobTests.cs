using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Persistence;
using Dashboard.Geo.Screening;
using Dashboard.Jobs.Referrals;
using Dashboard.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Jobs.Tests.Referrals;

public sealed class UnansweredReferralJobTests(PostgisDatabaseFixture database) : IClassFixture<PostgisDatabaseFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Run_FlagsOnlyPendingReferralsOlderThan48Hours_AndOnlyOnce()
    {
        var contexts = await ContextsAsync();
        var late = Guid.NewGuid();
        var recent = Guid.NewGuid();
        var answered = Guid.NewGuid();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var service = new VictimService { Name = "UPTD PPA Uji", RegionCode = "21.71", Contact = "0778-000", Agency = "Pemda", ChangedBy = "test", TakesAdults = true, TakesWomen = true };
            var screening = new CheckpointScreening
            {
                Id = Guid.NewGuid(), CrossingId = 1, CrossingCode = "BTC", OfficeCode = "KANIM-BATAM", ScreenedAt = Now.AddDays(-3),
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
        var job = new UnansweredReferralJob(contexts, new FixedClock(Now));

        var first = await job.RunAsync(CancellationToken.None);
        var second = await job.RunAsync(CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        await using var check = await contexts.CreateDbContextAsync();
        var flags = await check.Referrals.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.FlaggedAt);
        Assert.Equal(Now, flags[late]);
        Assert.Null(flags[recent]);
        Assert.Null(flags[answered]);
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

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
