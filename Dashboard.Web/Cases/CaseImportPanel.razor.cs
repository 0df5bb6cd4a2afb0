using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;

namespace Dashboard.Web.Cases;

/// <summary>The import panel of /cases: pick a file, check it (dry run), then import it, through the same importer as the API.</summary>
public sealed partial class CaseImportPanel
{
    private byte[]? _file;
    private CaseImportResult? _result;
    private bool _busy, _tooLarge;

    [Inject] private CaseImporter Importer { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    /// <summary>Called after a real import stored something, so the list can reload.</summary>
    [Parameter] public EventCallback Imported { get; set; }

    private async Task Pick(InputFileChangeEventArgs e)
    {
        (_file, _result, _tooLarge) = (null, null, false);
        try
        {
            await using var stream = e.File.OpenReadStream(CaseWritesApi.MaxImportBytes);
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
            _result = await Importer.ImportAsync((await AuthenticationState).User, _file, dryRun, CancellationToken.None);
            if (!dryRun && _result.Succeeded)
                await Imported.InvokeAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
