namespace Dashboard.Web.Situation;

/// <summary>The feed's hold on the durable log, as the connection badge shows it.</summary>
public enum FeedState
{
    Connecting,
    Connected,
    Reconnecting,
}
