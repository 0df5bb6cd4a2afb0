using Dashboard.Geo.Domain.Alerts;
using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Domain.Crossings;
using Dashboard.Geo.Domain.EarlyWarning;
using Dashboard.Geo.Domain.Patrols;
using Dashboard.Geo.Domain.RatRoutes;
using Dashboard.Geo.Domain.Regions;
using Dashboard.Geo.Domain.Reports;
using Dashboard.Geo.Domain.Risk;
using Dashboard.Geo.Domain.Travel;
using Dashboard.Geo.Domain.Villages;
using Dashboard.Geo.Gazetteer;
using Dashboard.Geo.Situation;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Geo.Persistence;

/// <summary>What the world is: crossings, rat routes, villages, case origins and regions, in PostGIS.</summary>
public sealed class GeoDbContext(DbContextOptions<GeoDbContext> options) : DbContext(options)
{
    public const string Schema = "geo";

    public DbSet<BorderCrossing> BorderCrossings => Set<BorderCrossing>();
    public DbSet<RatRoute> RatRoutes => Set<RatRoute>();
    public DbSet<AssistedVillage> AssistedVillages => Set<AssistedVillage>();
    public DbSet<OutreachSession> OutreachSessions => Set<OutreachSession>();
    public DbSet<VillageMentorship> VillageMentorships => Set<VillageMentorship>();
    public DbSet<CaseOrigin> CaseOrigins => Set<CaseOrigin>();
    public DbSet<CaseChange> CaseChanges => Set<CaseChange>();
    public DbSet<ModusOperandi> ModiOperandi => Set<ModusOperandi>();

    public DbSet<Domain.WatchLists.AlertThresholds> AlertThresholds => Set<Domain.WatchLists.AlertThresholds>();
    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Regency> Regencies => Set<Regency>();
    public DbSet<LandArea> LandAreas => Set<LandArea>();
    public DbSet<GridCell> GridCells => Set<GridCell>();
    public DbSet<RiskRun> RiskRuns => Set<RiskRun>();
    public DbSet<CellRisk> CellRisks => Set<CellRisk>();
    public DbSet<RegionRisk> RegionRisks => Set<RegionRisk>();
    public DbSet<FieldReport> FieldReports => Set<FieldReport>();
    public DbSet<EarlyWarningAlert> EarlyWarningAlerts => Set<EarlyWarningAlert>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<AlertActivity> AlertActivities => Set<AlertActivity>();
    public DbSet<SituationEvent> SituationEvents => Set<SituationEvent>();
    public DbSet<Patrol> Patrols => Set<Patrol>();
    public DbSet<TravelWay> TravelWays => Set<TravelWay>();
    public DbSet<GazetteerArea> GazetteerAreas => Set<GazetteerArea>();
    public DbSet<GazetteerRelease> GazetteerReleases => Set<GazetteerRelease>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.HasPostgresExtension("postgis");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GeoDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
        // The row version is PostgreSQL's own xmin system column, which migrations know not to create.
        modelBuilder.Entity<Alert>().Property(x => x.Version).HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GeometryValidation.ThrowIfInvalid(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GeometryValidation.ThrowIfInvalid(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
