namespace Dashboard.Web.Situation;

/// <summary>
/// Tells the other instances' feeds that the log has grown, and hears them tell this one. Only the news travels: each
/// feed reads the events themselves from the log, so what it passes on is what was committed.
/// </summary>
public interface ISituationBackplane
{
    Task AnnounceAsync(long sequence, CancellationToken ct);
}
