using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Cases;

/// <summary>/cases/new and /cases/{id}/edit: the case form, stored through the register as the API stores it.</summary>
public sealed partial class CaseFormPage
{
    private CaseFormModel? _model;
    private CaseChoiceLists _choices = new([], [], [], []);
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private bool _busy, _ready, _notFound, _english;
    private string? _message;

    [Parameter] public long? Id { get; set; }

    [Inject] private CaseRegister Register { get; set; } = default!;

    [Inject] private CaseService Cases { get; set; } = default!;

    [Inject] private CaseChoices Choices { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private string Title => Id is null ? L["NewTitle"] : L["EditTitle"];

    protected override async Task OnParametersSetAsync()
    {
        _english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        _choices = await Choices.LoadAsync(_english, CancellationToken.None);
        if (Id is { } id)
        {
            var found = await Cases.ReadAuditedAsync((await AuthenticationState).User, id, CancellationToken.None);
            _notFound = found is null;
            _model = found is null ? null : CaseFormModel.Of(found);
        }
        else
            _model ??= new CaseFormModel();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _ready = true;
            StateHasChanged();
        }
    }

    private async Task SaveAsync(CaseFormModel model)
    {
        _busy = true;
        _message = null;
        try
        {
            var user = (await AuthenticationState).User;
            var result = Id is { } id
                ? await Register.UpdateAsync(user, id, model.ToInput(), CancellationToken.None)
                : await Register.CreateAsync(user, model.ToInput(), CancellationToken.None);
            switch (result.Outcome)
            {
                case CaseWriteOutcome.Created or CaseWriteOutcome.Updated or CaseWriteOutcome.Unchanged:
                    Navigation.NavigateTo($"cases/{result.Case!.Id}");
                    return;
                case CaseWriteOutcome.NotFound:
                    _notFound = true;
                    break;
                case CaseWriteOutcome.Conflict:
                    _errors = result.Errors.ToDictionary(e => e.Key, e => e.Value);
                    _message = L["Conflict"];
                    break;
                default:
                    _errors = result.Errors.ToDictionary(e => e.Key, e => e.Value);
                    _message = L["FixFields"];
                    break;
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
