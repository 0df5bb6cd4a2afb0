namespace Dashboard.Web.Cases;

/// <summary>An enum value by its name only: "3" or "Closed, Active" are refused, so a typo is never a silent number.</summary>
public static class EnumText
{
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        var trimmed = text?.Trim() ?? "";
        value = default;
        if (trimmed.Length == 0 || trimmed.Contains(',') || int.TryParse(trimmed, out _))
            return false;
        return Enum.TryParse(trimmed, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
