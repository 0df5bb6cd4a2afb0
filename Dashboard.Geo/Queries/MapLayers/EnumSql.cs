namespace Dashboard.Geo.Queries.MapLayers;

/// <summary>Turns an enum stored as an integer back into its name inside SQL, so the API speaks names, not numbers.</summary>
internal static class EnumSql
{
    public static string NameOf<TEnum>(string column) where TEnum : struct, Enum =>
        "CASE " + column + " " +
        string.Concat(Enum.GetValues<TEnum>().Select(v => $"WHEN {Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)} THEN '{v}' ")) +
        "END";
}
