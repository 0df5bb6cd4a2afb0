namespace Dashboard.Web.Timpora;

/// <summary>A warning tells the other side of something; a request asks them to do something (check, tighten, answer).</summary>
public enum TimporaMessageKind
{
    Warning,
    Request,
}
