using System.Globalization;
using Dashboard.Geo.Disclosure;
using Dashboard.Web.Resources;
using Dashboard.Web.RiskMap;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace Dashboard.Web.Evaluation;

/// <summary>
/// The periodic report as a PDF document (A4, PDFsharp): text that can be searched and copied, tables drawn as tables,
/// and the risk map drawn as vectors from the run's own cells, not a picture of a screen.
/// </summary>
public sealed class EvaluationReportPdf(IStringLocalizer<EvaluationStrings> l, IStringLocalizer<LiveStrings> names, IStringLocalizer<MapStrings> scale,
    IStringLocalizer<PatrolStrings> patrol)
{
    private const double Margin = 42;
    private static readonly XColor Ink = XColor.FromArgb(0x21, 0x21, 0x21);
    private static readonly XColor Muted = XColor.FromArgb(0x5f, 0x63, 0x68);
    private static readonly XColor Rule = XColor.FromArgb(0xc8, 0xcc, 0xd0);

    // The one risk scale of the screen map, light to dark, readable in greyscale print too.
    private static readonly IReadOnlyList<RiskScaleBand> Bands = [RiskScale.BelowMedian, .. RiskScale.Bands];

    private static XColor Colour(RiskScaleBand band) => XColor.FromArgb(
        Convert.ToInt32(band.Color[1..3], 16), Convert.ToInt32(band.Color[3..5], 16), Convert.ToInt32(band.Color[5..7], 16));

    private readonly XFont _title = new(ReportFonts.Family, 16, XFontStyleEx.Bold);
    private readonly XFont _heading = new(ReportFonts.Family, 11.5, XFontStyleEx.Bold);
    private readonly XFont _body = new(ReportFonts.Family, 9);
    private readonly XFont _bold = new(ReportFonts.Family, 9, XFontStyleEx.Bold);
    private readonly XFont _small = new(ReportFonts.Family, 7.5);

    static EvaluationReportPdf() => ReportFonts.EnsureInstalled();

    public byte[] Render(EvaluationReport report)
    {
        var document = new PdfDocument();
        var title = $"{l["Report.Title"]} · {report.AreaName} · {PeriodLabel(report.Period)}";
        document.Info.Title = title;
        document.Info.Author = report.GeneratedBy;
        document.Info.Subject = l["Report.Disclosure"];
        document.Info.CreationDate = report.GeneratedAt.UtcDateTime;

        var page = new Writer(document, this);
        page.Text(l["Report.Title"], _title, Ink, 22);
        page.Text($"{report.AreaName} · {PeriodLabel(report.Period)} ({Day(report.Period.From)} – {Day(report.Period.To)})", _heading, Ink, 18);
        page.Text(l["Report.Generated", report.GeneratedAt.ToOffset(TimeSpan.FromHours(7)).ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture), report.GeneratedBy], _small, Muted, 11);
        page.Text(l["Report.Disclosure"], _small, Muted, 16);

        Alerts(page, report);
        Cases(page, report);
        Protection(page, report);
        Patrols(page, report);
        RiskMap(page, report);
        Forecast(page, report);

        page.Finish();
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private void Alerts(Writer page, EvaluationReport report)
    {
        page.Heading(l["Report.Alerts"]);
        if (report.Rules.Count == 0)
        {
            page.Text(l["Empty"], _body, Muted, 16);
            return;
        }
        page.Table([0.34, 0.11, 0.11, 0.13, 0.155, 0.155],
            [l["Rule"], l["Raised"], l["Closed"], l["FindingShare"], l["MedianAcknowledge"], l["MedianClose"]],
            [.. report.Rules.Select(r => new[]
            {
                names[$"Rule.{r.Rule}.Name"].Value, Number(r.Raised), Number(r.Closed), Share(r.FindingShare), Hours(r.MedianHoursToAcknowledge), Hours(r.MedianHoursToClose),
            })]);
    }

    private void Cases(Writer page, EvaluationReport report)
    {
        page.Heading(l["Report.Cases"]);
        page.Text(l["Report.CasesLine", Number(report.Cases.Cases), Number(report.Cases.Victims), Number(report.Cases.Minors)], _body, Ink, 16);
    }

    private void Protection(Writer page, EvaluationReport report)
    {
        var p = report.Protection;
        page.Heading(l["Report.Protection"]);
        var referrals = string.Join(", ", p.ReferralsByStatus.Select(s => $"{l[$"Report.Referral.{s.Key}"]} {s.Value.Text}"));
        page.Table([0.6, 0.4], [l["Report.Measure"], l["Report.Value"]],
        [
            [l["Report.Screenings"], p.Screenings.Text],
            [l["Report.PotentialVictims"], p.PotentialVictims.Text],
            [l["Report.Referrals"], referrals.Length == 0 ? "0" : referrals],
            [l["Report.MedianToReferral"], Duration(p.MedianToReferral)],
            [l["Report.MedianToAcceptance"], Duration(p.MedianToAcceptance)],
            [l["Report.Repatriated"], p.RepatriatedPeople.Text],
        ]);
    }

    private void Patrols(Writer page, EvaluationReport report)
    {
        page.Heading(l["Patrols.Heading"]);
        if (report.Patrols is not { Patrols: > 0 } p)
        {
            page.Text(l["Patrols.Empty"], _body, Muted, 16);
            return;
        }
        page.Table([0.34, 0.12, 0.12, 0.14, 0.14, 0.14],
            [l["Patrols.Base"], l["Patrols.Mode"], l["Patrols.Count"], l["Patrols.Kilometres"], l["Patrols.Findings"], l["Patrols.Per100Km"]],
            [.. p.Bases.Select(b => new[] { b.BaseName, patrol[$"Mode.{b.Mode}"].Value, Number(b.Patrols), Km(b.Kilometres), Number(b.Findings), Rate(b.FindingsPer100Km) }),
                [l["Patrols.Total"], "", Number(p.Patrols), Km(p.Kilometres), Number(p.Findings), Rate(p.FindingsPer100Km)]]);
        page.Text(l["Patrols.Note"], _small, Muted, 12);
    }

    private void Forecast(Writer page, EvaluationReport report)
    {
        if (report.Forecast.Count == 0)
            return;
        page.Reserve(120);
        page.Heading(l["Forecast.Heading"]);
        page.Table([0.2, 0.2, 0.12, 0.12, 0.12, 0.12, 0.12],
            [l["Forecast.Month"], l["Forecast.Run"], l["Forecast.Cases"], l["Forecast.HitRate", "1 %"], l["Forecast.Pai", "1 %"], l["Forecast.HitRate", "5 %"], l["Forecast.Pai", "5 %"]],
            [.. report.Forecast.Select(m => new[]
            {
                m.Month.ToString("MMMM yyyy", CultureInfo.CurrentCulture),
                m.RunId is { } run ? $"#{run}" : l["Forecast.NoRun.Short"].Value,
                Number(m.Cases), Percent(m.HitRateAt1), Pai(m.PaiAt1), Percent(m.HitRateAt5), Pai(m.PaiAt5),
            })]);
        page.Text(l["Forecast.Note"], _small, Muted, 12);
    }

    private void RiskMap(Writer page, EvaluationReport report)
    {
        page.Heading(l["Report.RiskMap"]);
        if (report.RiskMap is not { } map)
        {
            page.Text(l["Report.NoRiskMap"], _body, Muted, 16);
            return;
        }
        page.Text(l["Report.RiskMapRun", map.RunId, Day(map.AsOf)], _small, Muted, 12);
        page.Map(map.Cells.Select(c => (c.Outline, Colour(RiskScale.Of(c.Band)))).ToList(), 250);
        page.Legend([.. Bands.Select(b => (scale[b.LabelKey].Value, Colour(b)))]);
        if (report.LeadingRegions.Count > 0)
        {
            page.Reserve(90); // the table's title stays with its first rows
            page.Text(l["Report.LeadingRegions"], _bold, Ink, 14);
            page.Table([0.4, 0.15, 0.15, 0.3], [l["Report.Region"], l["Report.MeanScore"], l["Report.HotCells"], l["Report.Drivers"]],
                [.. report.LeadingRegions.Select(r => new[]
                {
                    r.Name, RiskClasses.Round(r.MeanScore).ToString("0.00", CultureInfo.CurrentCulture), Number(r.HotCells),
                    string.Join(", ", r.TopFactors.Select(f => l[$"Report.Factor.{f}"].Value)),
                })]);
        }
    }

    private string PageLabel(int page, int pages) => l["Report.Page", page, pages];

    private string PeriodLabel(ReportPeriod period) => period.Label(q => l[$"Report.Quarter{q}"]);

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    private static string Number(long n) => n.ToString("N0", CultureInfo.CurrentCulture);

    private static string Km(double km) => km.ToString("N1", CultureInfo.CurrentCulture);

    private static string Rate(double? rate) => rate is { } r ? r.ToString("0.##", CultureInfo.CurrentCulture) : "–";

    private static string Percent(double? share) => share is { } s ? s.ToString("P1", CultureInfo.CurrentCulture) : "–";

    private static string Pai(double? pai) => pai is { } p ? p.ToString("0.0", CultureInfo.CurrentCulture) : "–";

    private static string Share(double? share) => share is { } s ? s.ToString("P0", CultureInfo.CurrentCulture) : "–";

    private string Hours(double? hours) => hours switch
    {
        null => "–",
        < 1 => l["MinutesValue", Math.Round(hours.Value * 60).ToString(CultureInfo.CurrentCulture)],
        _ => l["HoursValue", hours.Value.ToString("0.#", CultureInfo.CurrentCulture)],
    };

    private string Duration(TimeSpan? span) => span is { } s ? Hours(s.TotalHours) : "–";

    /// <summary>Lays content down the page, starting a new page (with the page number at the foot) when it is full.</summary>
    private sealed class Writer
    {
        private readonly PdfDocument _document;
        private readonly EvaluationReportPdf _pdf;
        private readonly List<PdfPage> _pages = [];
        private XGraphics _gfx = null!;
        private double _y;

        public Writer(PdfDocument document, EvaluationReportPdf pdf)
        {
            (_document, _pdf) = (document, pdf);
            NewPage();
        }

        private double Width => _gfx.PageSize.Width - 2 * Margin;

        private void NewPage()
        {
            _gfx?.Dispose();
            var page = _document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            _pages.Add(page);
            _gfx = XGraphics.FromPdfPage(page);
            _y = Margin;
        }

        public void Reserve(double height) => Room(height);

        private void Room(double height)
        {
            if (_y + height > _gfx.PageSize.Height - Margin - 14)
                NewPage();
        }

        public void Text(string text, XFont font, XColor colour, double advance)
        {
            var lines = LineCount(text, font, Width);
            var height = Math.Max(advance, lines * font.Height * 1.15 + (advance - font.Height * 1.15));
            Room(height);
            new XTextFormatter(_gfx).DrawString(text, font, new XSolidBrush(colour), new XRect(Margin, _y, Width, height), XStringFormats.TopLeft);
            _y += height;
        }

        /// <summary>How many lines the formatter will wrap the text into: word by word, as it breaks them.</summary>
        private int LineCount(string text, XFont font, double width)
        {
            var (lines, used) = (1, 0.0);
            var space = _gfx.MeasureString(" ", font).Width;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var w = _gfx.MeasureString(word, font).Width;
                if (used > 0 && used + space + w > width)
                    (lines, used) = (lines + 1, w);
                else
                    used += (used > 0 ? space : 0) + w;
                // A word wider than the column is broken by the formatter over as many lines as it needs.
                if (w > width)
                    (lines, used) = (lines + (int)Math.Floor(w / width), w % width);
            }
            return lines;
        }

        public void Heading(string text)
        {
            Room(60);
            _y += 6;
            Text(text, _pdf._heading, Ink, 17);
            _gfx.DrawLine(new XPen(Rule, 0.6), Margin, _y - 3, Margin + Width, _y - 3);
            _y += 3;
        }

        public void Table(double[] widths, string[] header, IReadOnlyList<string[]> rows)
        {
            Row(widths, header, _pdf._bold, header: true);
            foreach (var row in rows)
                Row(widths, row, _pdf._body, header: false);
            _y += 8;
        }

        private void Row(double[] widths, string[] cells, XFont font, bool header)
        {
            var formatter = new XTextFormatter(_gfx);
            var lines = cells.Select((c, i) => LineCount(c, font, widths[i] * Width - 6)).Max();
            var height = lines * font.Height * 1.2 + 6;
            Room(height);
            if (header)
                _gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(0xee, 0xf0, 0xf3)), Margin, _y, Width, height);
            var x = Margin;
            for (var i = 0; i < cells.Length; i++)
            {
                formatter.DrawString(cells[i], font, new XSolidBrush(Ink), new XRect(x + 3, _y + 3, widths[i] * Width - 6, height - 3), XStringFormats.TopLeft);
                x += widths[i] * Width;
            }
            _y += height;
            _gfx.DrawLine(new XPen(Rule, 0.4), Margin, _y, Margin + Width, _y);
        }

        /// <summary>The cells, fitted into a box the page's width wide, north up, in plate carrée (the area is small enough).</summary>
        public void Map(IReadOnlyList<(Polygon Outline, XColor Colour)> cells, double height)
        {
            Room(height + 8);
            var box = new XRect(Margin, _y, Width, height);
            _gfx.DrawRectangle(new XPen(Rule, 0.6), new XSolidBrush(XColor.FromArgb(0xf7, 0xf9, 0xfb)), box);
            if (cells.Count > 0)
            {
                var envelope = new Envelope();
                foreach (var (outline, _) in cells)
                    envelope.ExpandToInclude(outline.EnvelopeInternal);
                var scale = Math.Min((box.Width - 12) / Math.Max(envelope.Width, 1e-6), (box.Height - 12) / Math.Max(envelope.Height, 1e-6));
                var (offsetX, offsetY) = (box.X + (box.Width - envelope.Width * scale) / 2, box.Y + (box.Height - envelope.Height * scale) / 2);
                foreach (var (outline, colour) in cells.OrderBy(c => c.Colour.R + c.Colour.G + c.Colour.B))
                {
                    var points = outline.ExteriorRing.Coordinates
                        .Select(c => new XPoint(offsetX + (c.X - envelope.MinX) * scale, offsetY + (envelope.MaxY - c.Y) * scale)).ToArray();
                    _gfx.DrawPolygon(new XSolidBrush(colour), points, XFillMode.Winding);
                }
            }
            _y += height + 6;
        }

        public void Legend(IReadOnlyList<(string Name, XColor Colour)> entries)
        {
            Room(16);
            var x = Margin;
            foreach (var (name, colour) in entries)
            {
                _gfx.DrawRectangle(new XPen(Rule, 0.4), new XSolidBrush(colour), x, _y + 1, 10, 8);
                _gfx.DrawString(name, _pdf._small, new XSolidBrush(Ink), x + 14, _y + 8);
                x += 16 + _gfx.MeasureString(name, _pdf._small).Width + 14;
            }
            _y += 18;
        }

        public void Finish()
        {
            _gfx.Dispose();
            for (var i = 0; i < _pages.Count; i++)
            {
                using var gfx = XGraphics.FromPdfPage(_pages[i], XGraphicsPdfPageOptions.Append);
                gfx.DrawString(_pdf.PageLabel(i + 1, _pages.Count), _pdf._small, new XSolidBrush(Muted),
                    new XRect(Margin, gfx.PageSize.Height - Margin + 8, gfx.PageSize.Width - 2 * Margin, 10), XStringFormats.TopRight);
            }
        }
    }
}
