using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Geo.Screening;

/// <summary>
/// Keyed hash (HMAC-SHA256) of an identity number an officer types at a passport office. Only the hash is stored, so a
/// refused applicant who reappears at another office can be matched without the number itself ever being kept or
/// logged; without the server secret the hash cannot be reversed by trying all numbers, as a plain hash could.
/// </summary>
public sealed class IdentityKeyedHash
{
    public const int KeyBytes = 32;

    private readonly byte[] _key;

    public IdentityKeyedHash(byte[] key)
    {
        if (key.Length < KeyBytes)
            throw new ArgumentException($"The identity key needs at least {KeyBytes} bytes.", nameof(key));
        _key = (byte[])key.Clone();
    }

    /// <summary>
    /// Hex of the HMAC of the number with spaces, dots and dashes removed, so "3201-0101 8001 0001" and
    /// "3201010180010001" match: officers copy numbers in different ways.
    /// </summary>
    public string Of(string identityNumber)
    {
        var normalised = Normalise(identityNumber);
        if (normalised.Length == 0)
            throw new ArgumentException("An identity number is needed.", nameof(identityNumber));
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(normalised)));
    }

    public static string Normalise(string identityNumber)
    {
        var kept = new StringBuilder(identityNumber.Length);
        foreach (var c in identityNumber)
            if (char.IsLetterOrDigit(c))
                kept.Append(char.ToUpperInvariant(c));
        return kept.ToString();
    }

    /// <summary>
    /// The key from configuration (base64) if set, otherwise from <paramref name="keyFile"/>, generated there on first
    /// use so that a fresh installation works without a manual step and the key survives restarts.
    /// </summary>
    public static IdentityKeyedHash Load(string? configuredBase64, string keyFile)
    {
        if (!string.IsNullOrWhiteSpace(configuredBase64))
            return new IdentityKeyedHash(Convert.FromBase64String(configuredBase64));
        if (!File.Exists(keyFile))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(keyFile))!);
            File.WriteAllText(keyFile, Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)));
        }
        return new IdentityKeyedHash(Convert.FromBase64String(File.ReadAllText(keyFile).Trim()));
    }
}
