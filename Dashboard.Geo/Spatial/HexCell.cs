namespace Dashboard.Geo.Spatial;

/// <summary>A hexagon of a <see cref="HexGrid"/>, in axial coordinates (q, r).</summary>
public readonly record struct HexCell(int Q, int R)
{
    /// <summary>Packs the two axial coordinates into one sortable key for storage and dictionaries.</summary>
    public long Id => ((long)Q << 32) | (uint)R;

    public static HexCell FromId(long id) => new((int)(id >> 32), (int)(id & 0xFFFF_FFFF));
}
