using Dashboard.Geo.Persistence;
using Dashboard.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dashboard.Geo.Tests.Persistence;

public sealed class HistoryTableFirstTests
{
    [Fact]
    public async Task MigratingAFreshDatabase_LogsNoError_AndAppliesEveryMigration()
    {
        await using var database = await PostgisDatabase.CreateAsync();
        var errors = new ErrorLog();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(errors));
        await using var db = new GeoDbContext(new DbContextOptionsBuilder<GeoDbContext>()
            .UseGeoDatabase(database.ConnectionString).UseLoggerFactory(loggers).Options);

        await HistoryTableFirst.MigrateAsync(db);
        await HistoryTableFirst.MigrateAsync(db);

        Assert.Empty(errors.Messages);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    private sealed class ErrorLog : ILoggerProvider, ILogger
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                lock (Messages)
                    Messages.Add(formatter(state, exception));
        }

        public void Dispose()
        {
        }
    }
}
