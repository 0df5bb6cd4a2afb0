namespace Dashboard.Web.Identity;

/// <summary>
/// A return address after sign-in or a language switch is followed only when it is a path on this site: it starts with
/// one '/', holds no backslash (browsers read "/\evil" as "//evil") and no control character; anything else goes home.
/// </summary>
public static class LocalReturnUrl
{
    public const int MaxLength = 2000;

    public static string OrHome(string? url) =>
        string.IsNullOrEmpty(url) || url.Length > MaxLength || url[0] != '/' || url.StartsWith("//", StringComparison.Ordinal)
        || url.Contains('\\') || url.Any(char.IsControl) || !Uri.IsWellFormedUriString(url, UriKind.Relative)
            ? "/"
            : url;
}
