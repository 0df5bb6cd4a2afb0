using System.Globalization;
using System.Security.Claims;
using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Timpora;

/// <summary>One meeting: attendees, minutes, what is carried over, decisions and action items; the chair adds to it.</summary>
public sealed partial class TimporaMeetingCard
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    private IReadOnlyDictionary<string, string[]> _errors = NoErrors, _itemErrors = NoErrors;
    private string? _decision, _itemText, _owner, _decisionId;
    private DateOnly? _dueOn;

    [Inject]
    private TimporaMeetings Meetings { get; set; } = default!;

    [Parameter, EditorRequired]
    public TimporaMeetingView Meeting { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<TimporaMemberView> Roster { get; set; } = [];

    [Parameter]
    public bool IsChair { get; set; }

    [Parameter, EditorRequired]
    public ClaimsPrincipal User { get; set; } = default!;

    [Parameter]
    public EventCallback OnChanged { get; set; }

    private string NameOf(string userName) => Roster.FirstOrDefault(m => m.UserName == userName)?.DisplayName ?? userName;

    private bool MaySet(TimporaActionItemView item) => IsChair || item.Owner == User.UserName();

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private async Task AddDecisionAsync()
    {
        var result = await Meetings.AddDecisionAsync(User, Meeting.Id, new TimporaDecisionInput(_decision));
        _errors = result.Errors;
        if (result.Value is not null)
        {
            _decision = null;
            await OnChanged.InvokeAsync();
        }
    }

    private async Task AddItemAsync()
    {
        long? decision = long.TryParse(_decisionId, CultureInfo.InvariantCulture, out var id) ? id : null;
        var result = await Meetings.AddActionItemAsync(User, Meeting.Id,
            new TimporaActionItemInput(_itemText, _owner, _dueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), decision));
        _itemErrors = result.Errors;
        if (result.Value is not null)
        {
            (_itemText, _owner, _dueOn, _decisionId) = (null, null, null, null);
            await OnChanged.InvokeAsync();
        }
    }
}
