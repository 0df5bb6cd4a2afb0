namespace Dashboard.Web.Map;

/// <summary>Which risk run the user is looking at (and comparing with), shared by the map page and the details panel.</summary>
public sealed class RiskRunSelection
{
    /// <summary>Null: the latest succeeded run.</summary>
    public int? Run { get; set; }

    /// <summary>Null: the run before the one shown.</summary>
    public int? Compare { get; set; }
}
