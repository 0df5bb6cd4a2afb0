using Dashboard.Geo.Domain.Cases;
using Dashboard.Geo.Screening;

namespace Dashboard.Web.Screening;

/// <summary>
/// What the checkpoint form holds while the officer fills it. The id is made once per record and kept over resends, so
/// a tap on "save" that timed out and is tapped again stores one screening.
/// </summary>
public sealed class ScreeningForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string? Crossing { get; set; }
    public string? AgeGroup { get; set; }
    public string? Sex { get; set; }
    public bool TravellingAlone { get; set; } = true;
    public int? GroupSize { get; set; }
    public HashSet<TravelDocument> Documents { get; } = [];
    public string? StatedPurpose { get; set; }
    public string? SuspectedPurpose { get; set; }
    public string? Modus { get; set; }
    public string? Destination { get; set; }
    public HashSet<ScreeningIndicator> Indicators { get; } = [];
    public ScreeningDisposition? Disposition { get; set; }

    public ScreeningInput ToInput(string? destinationCode) => new(
        Id, Crossing, null, Parse<AgeGroup>(AgeGroup), Parse<Sex>(Sex), TravellingAlone, TravellingAlone ? 1 : GroupSize,
        [.. Documents], Parse<TravelPurpose>(StatedPurpose), Parse<TravelPurpose>(SuspectedPurpose), Parse<TraffickingModus>(Modus),
        destinationCode, [.. Indicators], Disposition);

    /// <summary>The next person of the same group: where, with whom and whither stay; who they are and what was decided go.</summary>
    public ScreeningForm NextOfGroup()
    {
        var next = new ScreeningForm
        {
            Crossing = Crossing, TravellingAlone = TravellingAlone, GroupSize = GroupSize, StatedPurpose = StatedPurpose,
            SuspectedPurpose = SuspectedPurpose, Modus = Modus, Destination = Destination,
        };
        next.Documents.UnionWith(Documents);
        return next;
    }

    private static T? Parse<T>(string? value) where T : struct, Enum =>
        Enum.TryParse<T>(value, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}
