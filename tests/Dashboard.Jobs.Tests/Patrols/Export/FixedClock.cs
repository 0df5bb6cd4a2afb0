namespace Dashboard.Jobs.Tests.Patrols.Export;

/// <summary>A clock stopped at one instant, so a file's creation time can be checked to the second.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
