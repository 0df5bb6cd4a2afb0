namespace Dashboard.Web.Api;

/// <summary>The one rule for text from outside: no NUL and no control character other than tab, line feed and carriage return.</summary>
public static class SafeText
{
    public static int? FirstControl(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) && !IsPaired(text, i))
                return i;
        }
        return null;
    }

    private static bool IsPaired(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : i > 0 && char.IsHighSurrogate(text[i - 1]);
}
