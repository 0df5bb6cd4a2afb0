namespace Dashboard.Geo.Travel;

/// <summary>How much network each patrol mode has to route over.</summary>
public sealed record TravelNetworkSize(long LandEdges, double LandKilometres, long SeaEdges, double SeaKilometres);
