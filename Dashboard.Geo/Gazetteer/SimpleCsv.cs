using System.Text;

namespace Dashboard.Geo.Gazetteer;

/// <summary>RFC 4180 lines (quoted fields, doubled quotes) as dictionaries keyed by the header row.</summary>
internal static class SimpleCsv
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(TextReader reader)
    {
        string[]? header = null;
        while (ReadRecord(reader) is { } fields)
        {
            if (header is null)
            {
                header = fields;
                continue;
            }
            if (fields.Length == 1 && fields[0].Length == 0)
                continue;
            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
                row[header[i]] = i < fields.Length ? fields[i] : "";
            yield return row;
        }
    }

    private static string[]? ReadRecord(TextReader reader)
    {
        if (reader.Peek() < 0)
            return null;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
                break;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                        quoted = false;
                }
                else
                    field.Append((char)c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
                break;
            else if (c != '\r')
                field.Append((char)c);
        }
        fields.Add(field.ToString());
        return [.. fields];
    }
}
