using Dashboard.Geo.Queries.Evaluation;
using Dashboard.Geo.Time;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Evaluation;

/// <summary>/evaluation: what each rule's alerts of a period led to, for headquarters to tune the early warning.</summary>
public sealed partial class EvaluationPage
{
    private static readonly int[] PeriodChoices = [30, 90, 365];

    private int _days = EvaluationPeriod.DefaultDays;
    private EvaluationPeriod? _period;
    private DateOnly? _from, _to;
    private string? _province, _periodError;
    private IReadOnlyList<(string Code, string Name)> _provinces = [];
    private IReadOnlyList<(string Code, string Name)> _offices = [];
    private string? _office;
    private Dashboard.Geo.Offices.WorkingArea? _officeArea;
    private IReadOnlyList<AlertRuleEvaluation>? _rules;
    private PatrolEvaluation? _patrols;
    private IReadOnlyList<ForecastMonthSkill>? _forecast;
    private bool _quarterly;
    private string _reportKey = "";

    [Inject] private AlertEvaluationQuery Query { get; set; } = default!;

    [Inject] private PatrolEvaluationQuery PatrolQuery { get; set; } = default!;

    [Inject] private ForecastSkillQuery ForecastQuery { get; set; } = default!;

    [Inject] private Dashboard.Web.Live.LiveAlerts Alerts { get; set; } = default!;

    [Inject] private TimeProvider Clock { get; set; } = default!;

    [Inject] private OfficeAreas Offices { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _provinces = await Alerts.ProvincesAsync(CancellationToken.None);
        _offices = await Offices.ListAsync(CancellationToken.None);
        _period = EvaluationPeriod.Last(_days, Clock);
        (_from, _to) = (_period.From, _period.To);
        _reportKey = ReportChoices()[0].Key;
        await LoadAsync();
    }

    /// <summary>The last twelve months or the last eight quarters, newest first; the current one only once it has begun, which it has.</summary>
    private IReadOnlyList<ReportPeriod> ReportChoices()
    {
        var today = Clock.HeadquartersToday();
        return _quarterly
            ? [.. Enumerable.Range(0, 8).Select(i => today.AddMonths(-3 * i)).Select(d => new ReportPeriod(d.Year, null, (d.Month - 1) / 3 + 1))]
            : [.. Enumerable.Range(1, 12).Select(i => today.AddMonths(-i)).Select(d => new ReportPeriod(d.Year, d.Month, null))];
    }

    private void ChangeReportKind(ChangeEventArgs e)
    {
        _quarterly = e.Value?.ToString() == "quarter";
        _reportKey = ReportChoices()[0].Key;
    }

    // An office's report when one is chosen (its working area), else the province's or the nation's.
    private string ReportHref => $"api/evaluation/report.pdf?period={Uri.EscapeDataString(_reportKey)}" +
        (_office is { } o ? $"&office={Uri.EscapeDataString(o)}" : _province is { } p ? $"&province={Uri.EscapeDataString(p)}" : "");

    private async Task ChangeDaysAsync(ChangeEventArgs e)
    {
        if (int.TryParse(e.Value?.ToString(), out var days) && PeriodChoices.Contains(days))
        {
            _days = days;
            _period = EvaluationPeriod.Last(_days, Clock);
            (_from, _to, _periodError) = (_period.From, _period.To, null);
            await LoadAsync();
        }
    }

    /// <summary>Dates typed by hand: checked as the API checks them, and the table kept until they are good.</summary>
    private async Task ApplyDatesAsync()
    {
        if (EvaluationPeriod.TryCreate(_from, _to, Clock, out _) is not { } period)
        {
            _periodError = L["PeriodInvalid", EvaluationRegistration.MaxDays];
            return;
        }
        (_period, _periodError) = (period, null);
        await LoadAsync();
    }

    private async Task ChangeProvinceAsync(ChangeEventArgs e)
    {
        var code = e.Value?.ToString();
        _province = string.IsNullOrEmpty(code) || _provinces.All(p => p.Code != code) ? null : code;
        await LoadAsync();
    }

    private async Task ChangeOfficeAsync(ChangeEventArgs e)
    {
        var code = e.Value?.ToString();
        _office = string.IsNullOrEmpty(code) || _offices.All(o => o.Code != code) ? null : code;
        _officeArea = _office is null ? null : await Offices.AreaOfAsync(_office, CancellationToken.None);
        await LoadAsync();
    }

    // Ready once the interactive circuit has its figures: the prerendered copy is replaced by a first empty render
    // while the circuit loads, and a reader (or a test) must not take that moment for the page.
    private bool Loaded => RendererInfo.IsInteractive && _rules is not null && _patrols is not null && _forecast is not null;

    // The same filter as the API's: the period's alerts and patrols, the complete months up to its end for the forecast.
    private async Task LoadAsync()
    {
        _rules = await Query.ByRuleAsync(_period!.Start, _period.End, provinceCode: _province, CancellationToken.None, _officeArea);
        _patrols = await PatrolQuery.EvaluateAsync(_period.Start, _period.End, _province, _officeArea?.RegencyCodes, CancellationToken.None);
        _forecast = await ForecastQuery.ByMonthAsync(_period.ForecastMonthsBefore(Clock), _province, _officeArea?.RegencyCodes, CancellationToken.None);
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
