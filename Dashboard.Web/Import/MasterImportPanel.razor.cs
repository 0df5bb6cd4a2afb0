using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;

namespace Dashboard.Web.Import;

/// <summary>
/// The import panel of a master-data page: pick a CSV, XLSX or GeoJSON file, check it (a dry run with each row's
/// verdict), then import exactly that, through the same importer as the API.
/// </summary>
public sealed partial class MasterImportPanel
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private byte[]? _file;
    private MasterImportResult? _result;
    private bool _busy, _tooLarge, _checked;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    /// <summary>Runs the importer: (user, file, dry run) → result.</summary>
    [Parameter, EditorRequired] public Func<ClaimsPrincipal, byte[], bool, Task<MasterImportResult>> Import { get; set; } = default!;

    [Parameter, EditorRequired] public string TemplatePath { get; set; } = "";

    /// <summary>The test ids' prefix, e.g. "crossing".</summary>
    [Parameter, EditorRequired] public string Prefix { get; set; } = "";

    /// <summary>The panel's heading when the page has more than one import.</summary>
    [Parameter] public string? Title { get; set; }

    /// <summary>Called after a real import stored something, so the page's list can reload.</summary>
    [Parameter] public EventCallback Imported { get; set; }

    private string ColumnName(MasterImportResult result, string field) =>
        !IsEnglish && result.Columns.TryGetValue(field, out var indonesian) ? indonesian : field;

    private string ProblemText(string field, string message) =>
        L[$"Error.{field}"] is { ResourceNotFound: false } text ? text.Value : message;

    private static bool IsEnglish => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    private async Task Pick(InputFileChangeEventArgs e)
    {
        (_file, _result, _tooLarge, _checked) = (null, null, false, false);
        try
        {
            await using var stream = e.File.OpenReadStream(MaxBytes);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            _file = copy.ToArray();
        }
        catch (IOException)
        {
            _tooLarge = true;
        }
    }

    private async Task RunAsync(bool dryRun)
    {
        if (_file is null)
            return;
        _busy = true;
        try
        {
            _result = await Import((await AuthenticationState).User, _file, dryRun);
            _checked = dryRun && _result.Succeeded;
            if (!dryRun && _result.Succeeded && _result.Created + _result.Updated > 0)
                await Imported.InvokeAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
