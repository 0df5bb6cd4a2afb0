using System.Collections.Frozen;
using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Accounts;

/// <summary>Refuses passwords from a list of common ones (shipped as common-passwords.txt) and the user's own name.</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    public const string ErrorCode = "CommonPassword";

    private static readonly FrozenSet<string> Common = Load();

    public static bool IsCommon(string password) => Common.Contains(password.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (password is null)
            return Task.FromResult(IdentityResult.Success);
        var sameAsName = user.UserName is { Length: > 0 } name && password.Contains(name, StringComparison.OrdinalIgnoreCase);
        return Task.FromResult(IsCommon(password) || sameAsName
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = "The password is too common or contains the user name." })
            : IdentityResult.Success);
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Dashboard.Web.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("the common password list is not embedded");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
                set.Add(line.Trim());
        }
        return set.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
