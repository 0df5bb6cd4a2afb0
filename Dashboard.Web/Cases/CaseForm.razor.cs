using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Gazetteer;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Cases;

/// <summary>
/// The case form: checks what it can on its own (required fields, counts) and shows, next to each field, the register's
/// verdict on the rest, in the user's language. The page that holds it stores the case.
/// </summary>
public sealed partial class CaseForm
{
    /// <summary>The agencies that usually report cases; any other can be typed.</summary>
    public static readonly string[] Agencies = ["Imigrasi", "Polri", "BP2MI", "Dinsos", "UPTD PPA", "LPSK", "IOM", "Kemlu"];

    private GazetteerHit? _village;
    private IReadOnlyDictionary<string, string[]>? _local;

    [Parameter, EditorRequired] public CaseFormModel Model { get; set; } = new();

    [Parameter] public IReadOnlyDictionary<string, string[]> Errors { get; set; } = new Dictionary<string, string[]>();

    [Parameter] public CaseChoiceLists Choices { get; set; } = new([], [], [], []);

    [Parameter] public bool Busy { get; set; }

    [Parameter] public bool English { get; set; }

    /// <summary>Called with the model once the form's own checks pass.</summary>
    [Parameter] public EventCallback<CaseFormModel> OnValidSubmit { get; set; }

    // The form's own findings until the next submit, then the register's.
    private IReadOnlyDictionary<string, string[]> Shown => _local ?? Errors;

    // victims[0].count is shown on its row; "victims" alone is the total.
    private IReadOnlyDictionary<string, string[]> VictimTotalErrors =>
        Shown.Where(e => e.Key == "victims").ToDictionary(e => e.Key, e => e.Value);

    protected override void OnParametersSet()
    {
        if (Model.VillageCode is { Length: > 0 } code && _village?.Code != code)
            _village = new GazetteerHit(code, GazetteerLevel.Village, Model.VillageLabel ?? code, null, null, null, null, null, false, false);
    }

    private void OnVillageChanged(GazetteerHit? hit)
    {
        _village = hit;
        Model.VillageCode = hit?.Code;
        Model.VillageLabel = hit?.Name;
        if (hit?.RegencyCode is { } regency)
            Model.RegencyCode = regency;
    }

    private void Toggle(MeansOfControl m, ChangeEventArgs e)
    {
        if (e.Value is true)
            Model.MeansOfControl.Add(m);
        else
            Model.MeansOfControl.Remove(m);
    }

    private async Task SubmitAsync()
    {
        var errors = Model.Check();
        _local = errors.Count > 0 ? errors : null;
        if (_local is not null)
            return;
        await OnValidSubmit.InvokeAsync(Model);
    }
}
