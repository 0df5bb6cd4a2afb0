namespace Dashboard.Geo.Gazetteer;

/// <summary>The levels of Indonesia's administrative list (Kemendagri), plus the named islands.</summary>
public enum GazetteerLevel
{
    Province = 1,
    Regency = 2,
    District = 3,
    Village = 4,
    Island = 5,
}
