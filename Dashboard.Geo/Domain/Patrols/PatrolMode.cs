namespace Dashboard.Geo.Domain.Patrols;

/// <summary>How a patrol moves: by road and footpath over a land border, or by boat along the coast and islands.</summary>
public enum PatrolMode
{
    Land = 1,
    Sea = 2,
}
