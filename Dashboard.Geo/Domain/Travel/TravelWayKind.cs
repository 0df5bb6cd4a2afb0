namespace Dashboard.Geo.Domain.Travel;

/// <summary>What a travel way is, which decides who can use it: roads and tracks by land, ferry lanes by sea.</summary>
public enum TravelWayKind
{
    Road = 1,
    Track = 2,
    Ferry = 3,
}
