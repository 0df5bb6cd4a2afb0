using PdfSharp.Fonts;

namespace Dashboard.Web.Evaluation;

/// <summary>
/// PDFsharp's fonts: DejaVu Sans from the app's own fonts/ folder (copied from npm at build time), so a report looks
/// the same on a server without fonts. PDFsharp holds one resolver for the process; it is set on first use.
/// </summary>
public sealed class ReportFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly Lock Gate = new();
    private readonly string _folder;

    private ReportFonts(string folder) => _folder = folder;

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is ReportFonts)
                return;
            var folder = Path.Combine(AppContext.BaseDirectory, "fonts");
            if (!File.Exists(Path.Combine(folder, "DejaVuSans.ttf")))
                throw new InvalidOperationException($"The report fonts are missing from {folder}; rebuild the web project (npm dejavu-fonts-ttf).");
            GlobalFontSettings.FontResolver = new ReportFonts(folder);
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(_folder, faceName + ".ttf"));
}
