using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Dashboard.Web.Audit;

/// <summary>
/// The hash chain over the audit log: each line's hash is SHA-256 over the previous line's hash and the line's own
/// canonical fields, so changing, inserting or removing a line in the middle breaks every check after it. The
/// canonical form is a JSON array in a fixed order (unambiguous whatever the text holds), times in whole microseconds
/// as PostgreSQL keeps them.
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the very first line.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string HashOf(string previousHash, AccessEvent line)
    {
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write(Encoding.UTF8.GetBytes(previousHash));
        buffer.Write("\n"u8);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteNumberValue(line.Id);
            json.WriteNumberValue(Microseconds(line.At));
            json.WriteStringValue(line.UserName);
            json.WriteStringValue(line.Agency);
            json.WriteStringValue(line.Office);
            json.WriteStringValue(line.ClientAddress);
            json.WriteStringValue(line.Action);
            json.WriteStringValue(line.Resource);
            if (line.Rows is { } rows)
                json.WriteNumberValue(rows);
            else
                json.WriteNullValue();
            json.WriteStringValue(line.Outcome);
            json.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>PostgreSQL keeps microseconds; a time is cut to them before it is hashed and stored.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % 10, TimeSpan.Zero);
    }

    private static long Microseconds(DateTimeOffset at) => (at.ToUniversalTime() - DateTimeOffset.UnixEpoch).Ticks / 10;
}
