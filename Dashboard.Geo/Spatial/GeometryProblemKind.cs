namespace Dashboard.Geo.Spatial;

public enum GeometryProblemKind
{
    Missing,
    Empty,
    WrongSrid,
    NotFinite,
    Invalid,
    OutsideIndonesia,
    TooLarge,
    NotTwoDimensional,
}
