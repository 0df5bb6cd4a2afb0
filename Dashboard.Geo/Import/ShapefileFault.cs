namespace Dashboard.Geo.Import;

/// <summary>Why a zipped Shapefile was refused, so a page can say it in the reader's language.</summary>
public enum ShapefileFault
{
    /// <summary>Not a zip, no .shp, several, or no .dbf beside it.</summary>
    Parts = 1,

    /// <summary>No .prj: the coordinate system is unknown.</summary>
    NoProjection = 2,

    /// <summary>A .prj that cannot be read or converted to WGS 84.</summary>
    Projection = 3,

    /// <summary>The .shp or .dbf is damaged.</summary>
    Unreadable = 4,
}

/// <summary>A refused Shapefile: the fault, the English message for the API, and the file or system it names.</summary>
public sealed record ShapefileProblem(ShapefileFault Fault, string Message, string Subject);
