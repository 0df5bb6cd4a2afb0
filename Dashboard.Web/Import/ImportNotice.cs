namespace Dashboard.Web.Import;

/// <summary>
/// Why a whole file was refused, as a code with its values, so the page can say it in the reader's language while the
/// API keeps its English problem text under "file" or "columns.*".
/// </summary>
public sealed record ImportNotice(ImportNoticeCode Code, params string[] Args);

public enum ImportNoticeCode
{
    Empty = 1,
    Binary = 2,
    Unreadable = 3,
    GeoJson = 4,
    MissingColumn = 5,
    NoRows = 6,
    TooManyRows = 7,
    Conflict = 8,
    ShapefileParts = 9,
    ShapefileNoProjection = 10,
    ShapefileProjection = 11,
    ShapefileUnreadable = 12,
}
