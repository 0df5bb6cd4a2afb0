using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Map;

/// <summary>Type a province, regency, crossing or village name; choosing one raises <see cref="PlaceSelected"/>.</summary>
public sealed partial class PlaceSearch
{
    public const int MaxResults = 12;

    private Place? _selected;

    [Inject] private IPlaceSearch Places { get; set; } = default!;
    [Inject] private IStringLocalizer<MapStrings> L { get; set; } = default!;

    [Parameter] public EventCallback<Place> PlaceSelected { get; set; }

    private async Task<IEnumerable<Place>> SearchAsync(string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
            return [];
        try
        {
            return await Places.SearchAsync(text.Trim(), MaxResults, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The reader typed on; MudAutocomplete has already asked again.
            return [];
        }
    }

    private async Task SelectAsync(Place? place)
    {
        _selected = place;
        if (place is not null)
            await PlaceSelected.InvokeAsync(place);
    }

    private string Describe(Place? place) => place is null ? "" : $"{place.Name} ({L[$"Place.{place.Kind}"]})";
}
