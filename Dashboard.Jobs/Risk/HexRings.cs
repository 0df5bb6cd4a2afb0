namespace Dashboard.Jobs.Risk;

/// <summary>Axial offsets of every cell within n rings of a cell, the cell itself included: 1 + 3n(n+1) of them.</summary>
public static class HexRings
{
    public static IReadOnlyList<(int Dq, int Dr)> Offsets(int rings)
    {
        var offsets = new List<(int, int)>(1 + 3 * rings * (rings + 1));
        for (var dq = -rings; dq <= rings; dq++)
        {
            for (var dr = Math.Max(-rings, -dq - rings); dr <= Math.Min(rings, -dq + rings); dr++)
                offsets.Add((dq, dr));
        }
        return offsets;
    }
}
