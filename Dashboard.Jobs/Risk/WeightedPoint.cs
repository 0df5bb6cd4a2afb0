namespace Dashboard.Jobs.Risk;

/// <summary>A point with a weight, e.g. a case scaled by its time decay or a report by its credibility.</summary>
public readonly record struct WeightedPoint(double Longitude, double Latitude, double Weight);
