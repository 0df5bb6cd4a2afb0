using System.Security.Cryptography;
using Dashboard.Geo.Screening;

namespace Dashboard.Geo.Tests.Screening;

public class IdentityKeyedHashTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(IdentityKeyedHash.KeyBytes);

    [Fact]
    public void Same_number_written_differently_gives_the_same_hash()
    {
        var hash = new IdentityKeyedHash(Key);
        Assert.Equal(hash.Of("3201010180010001"), hash.Of("3201-0101 8001.0001"));
    }

    [Fact]
    public void The_hash_does_not_contain_the_number_and_depends_on_the_key()
    {
        var number = "3201010180010001";
        var one = new IdentityKeyedHash(Key).Of(number);
        var other = new IdentityKeyedHash(RandomNumberGenerator.GetBytes(IdentityKeyedHash.KeyBytes)).Of(number);
        Assert.DoesNotContain(number, one);
        Assert.NotEqual(one, other);
        Assert.Equal(64, one.Length);
    }

    [Fact]
    public void A_missing_key_file_is_generated_and_reused()
    {
        var file = Path.Combine(Path.GetTempPath(), $"identity-key-{Guid.NewGuid():N}", "identity.key");
        try
        {
            var first = IdentityKeyedHash.Load(null, file).Of("A1234567");
            Assert.True(File.Exists(file));
            Assert.Equal(first, IdentityKeyedHash.Load(null, file).Of("A1234567"));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Fact]
    public void A_short_key_or_empty_number_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new IdentityKeyedHash(new byte[8]));
        Assert.Throws<ArgumentException>(() => new IdentityKeyedHash(Key).Of(" - "));
    }
}
