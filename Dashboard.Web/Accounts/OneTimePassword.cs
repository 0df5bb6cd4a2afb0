using System.Security.Cryptography;

namespace Dashboard.Web.Accounts;

/// <summary>
/// A random password handed to a person once (a new account, a reset), to be replaced at their first sign-in. Letters
/// and digits that cannot be mistaken for each other, in groups of four, so it can be read out over the phone.
/// </summary>
public static class OneTimePassword
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string Create()
    {
        Span<char> chars = stackalloc char[19];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = i % 5 == 4 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(chars);
    }
}
