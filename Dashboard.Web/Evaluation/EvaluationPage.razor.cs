using Dashboard.Geo.Queries.Evaluation;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Evaluation;

/// <summary>/evaluation: what each rule's alerts of a period led to, for headquarters to tune the early warning.</summary>
public sealed partial class EvaluationPage
{
    private static readonly int[] PeriodChoices = [30, 90, 365];

    private int _days = EvaluationPeriod.DefaultDays;
    private EvaluationPeriod? _period;
    private IReadOnlyList<AlertRuleEvaluation>? _rules;

    [Inject] private AlertEvaluationQuery Query { get; set; } = default!;

    [Inject] private TimeProvider Clock { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task ChangeDaysAsync(ChangeEventArgs e)
    {
        if (int.TryParse(e.Value?.ToString(), out var days) && PeriodChoices.Contains(days))
        {
            _days = days;
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        _period = EvaluationPeriod.Last(_days, Clock);
        _rules = await Query.ByRuleAsync(_period.Start, _period.End, provinceCode: null, CancellationToken.None);
    }

    private string Share(double? share) => share is { } s ? s.ToString("P0", System.Globalization.CultureInfo.CurrentCulture) : "–";

    // Alerts are often taken up within the hour: minutes then, so "0 h" never hides a quick response.
    private string Hours(double? hours) => hours switch
    {
        null => "–",
        < 1 => L["MinutesValue", Math.Round(hours.Value * 60).ToString(System.Globalization.CultureInfo.CurrentCulture)],
        _ => L["HoursValue", hours.Value.ToString("0.#", System.Globalization.CultureInfo.CurrentCulture)],
    };
}
