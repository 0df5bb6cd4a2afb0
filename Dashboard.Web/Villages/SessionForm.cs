using Dashboard.Geo.Villages;

namespace Dashboard.Web.Villages;

/// <summary>The outreach session form's fields (a phone's form: few, large, numeric where they can be).</summary>
public sealed class SessionForm
{
    public DateOnly? HeldOn { get; set; }
    public string Topic { get; set; } = "";
    public string? TopicOther { get; set; }
    public HashSet<string> Partners { get; } = [];
    public int? Women { get; set; }
    public int? Men { get; set; }
    public int? Youth { get; set; }
    public int? ProspectiveMigrants { get; set; }
    public string? Note { get; set; }

    public SessionDraft ToDraft() => new(HeldOn, Topic, TopicOther, [.. Partners], Women, Men, Youth, ProspectiveMigrants, Note);
}
