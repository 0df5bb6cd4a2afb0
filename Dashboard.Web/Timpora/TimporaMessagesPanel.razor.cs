using System.Globalization;
using System.Security.Claims;
using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Timpora;

/// <summary>
/// The warnings and requests of a person's TIMPORA (or, for immigration, of the TIMPORAs of their working area): a form
/// to send one, and for the side it was sent to, acknowledge and answer. Follows changes live through the broadcast.
/// </summary>
public sealed partial class TimporaMessagesPanel : IDisposable
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    private IReadOnlyList<TimporaMessageView> _messages = [];
    private IReadOnlyDictionary<string, string[]> _errors = NoErrors;
    private readonly Dictionary<long, string> _answers = [];
    private readonly Dictionary<long, IReadOnlyDictionary<string, string[]>> _answerErrors = [];
    private string? _area, _category, _text, _place, _grade, _notice;
    private string _kind = "warning";
    private DateOnly? _validUntil;
    private Guid _clientKey = Guid.NewGuid();
    private bool _loaded, _sending, _interactive;
    private IDisposable? _subscription;

    [Inject]
    private TimporaMessages Messages { get; set; } = default!;

    [Inject]
    private TimporaBroadcast Broadcast { get; set; } = default!;

    [Parameter, EditorRequired]
    public ClaimsPrincipal User { get; set; } = default!;

    /// <summary>The person's seat; a partner's member sends into it, immigration chooses the TIMPORA.</summary>
    [Parameter]
    public TimporaMember? Seat { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _area = Seat?.AreaCode ?? User.WorkingAreaCodes().FirstOrDefault();
        await LoadAsync();
        // Only the TIMPORAs this page shows: every reload is an audited read.
        _subscription = Broadcast.Subscribe(area => !User.MayRead(Seat, area) ? Task.CompletedTask : InvokeAsync(async () =>
        {
            await LoadAsync();
            StateHasChanged();
        }));
    }

    /// <summary>Marks the panel interactive (data-ready), which prerendered markup never is.</summary>
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        _messages = await Messages.MineAsync(User);
        _loaded = true;
    }

    private bool IsAddressee(TimporaMessageView m) => m.ToMembers ? !User.IsImmigration() && Seat is not null : User.IsImmigration();

    private string AnswerDraft(long id) => _answers.GetValueOrDefault(id) ?? "";

    private async Task SendAsync()
    {
        var area = (User.IsImmigration() ? _area : Seat?.AreaCode)?.Trim() ?? "";
        if (TimporaAreaCode.LevelOf(area) is null)
        {
            _errors = new Dictionary<string, string[]> { ["code"] = [L["ErrorAreaCode"]] };
            return;
        }
        _sending = true;
        try
        {
            var input = new TimporaMessageInput(_kind, _category, _text, _place, _grade,
                _validUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), _clientKey);
            var result = await Messages.SendAsync(User, area, input);
            _errors = result.Refusal == TimporaRefusal.Forbidden
                ? new Dictionary<string, string[]> { ["code"] = [L["NotYourTimpora"]] }
                : result.Errors;
            if (result.Value is not null)
            {
                (_category, _text, _place, _grade, _validUntil, _clientKey) = (null, null, null, null, null, Guid.NewGuid());
                _notice = L["Sent"];
                await LoadAsync();
            }
            else
                _notice = null;
        }
        finally
        {
            _sending = false;
        }
    }

    private async Task AcknowledgeAsync(long id)
    {
        await Messages.AcknowledgeAsync(User, id);
        await LoadAsync();
    }

    private async Task AnswerAsync(long id)
    {
        var result = await Messages.AnswerAsync(User, id, new TimporaAnswerInput(AnswerDraft(id)));
        _answerErrors[id] = result.Errors;
        if (result.Value is not null)
            _answers.Remove(id);
        await LoadAsync();
    }

    public void Dispose() => _subscription?.Dispose();
}
