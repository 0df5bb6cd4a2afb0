using System.Globalization;

namespace Dashboard.Geo.Disclosure;

/// <summary>A published count: its value, or nothing but "&lt;k" when it is hidden.</summary>
public readonly record struct Figure(long? Value, int K)
{
    public bool Hidden => Value is null;

    /// <summary>"12", or "&lt;5" for a hidden figure, the same text on the page, in the API and in exports.</summary>
    public string Text => Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : Below(K);

    public static string Below(int k) => string.Create(CultureInfo.InvariantCulture, $"<{k}");

    public override string ToString() => Text;
}
