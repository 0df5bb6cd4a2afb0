using System.Globalization;
using System.Text;
using QRCoder;

namespace Dashboard.Web.Accounts;

/// <summary>
/// The authenticator app's side of two-step sign-in (TOTP, RFC 6238, as any authenticator app does): the key shown in
/// groups, the otpauth link and its QR code for the app to scan, and codes as people type them.
/// </summary>
public static class TwoFactorCode
{
    public const string Issuer = "Dasbor TPPO Imigrasi";

    /// <summary>"123 456" or "123-456" as typed: spaces and dashes dropped.</summary>
    public static string Clean(string? typed) =>
        new((typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    public static bool LooksLikeAppCode(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);

    /// <summary>The base32 key in groups of four, easier to type into an app by hand.</summary>
    public static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    public static string Uri(string userName, string key) => string.Create(CultureInfo.InvariantCulture,
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(userName)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6");

    /// <summary>The link as an SVG QR code: markup, not an image URL, so the Content-Security-Policy needs no data: source.</summary>
    public static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
