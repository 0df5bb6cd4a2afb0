namespace Dashboard.Jobs.Situation;

/// <summary>Configuration "Situation": where the standalone worker finds the hub, and the key it signs in with.</summary>
public sealed class SituationOptions
{
    public const string Section = "Situation";

    /// <summary>The web app's hub, e.g. "http://127.0.0.1:5080/hubs/situation".</summary>
    public string? HubUrl { get; set; }

    /// <summary>Shared with the web app (Situation:ServiceKey there too); sent as the X-Service-Key header.</summary>
    public string? ServiceKey { get; set; }
}
