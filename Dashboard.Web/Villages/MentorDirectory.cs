using Dashboard.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Villages;

/// <summary>The accounts a Pimpasa is picked from (AspNetUsers), read in a scope of their own.</summary>
public sealed class MentorDirectory(IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<Mentor>> ListAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        return await db.Users.AsNoTracking().OrderBy(u => u.DisplayName)
            .Select(u => new Mentor(u.Id, u.DisplayName, u.UserName ?? "")).ToListAsync(ct);
    }

    public async Task<Mentor?> FindAsync(string? userId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(userId))
            return null;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        return await db.Users.AsNoTracking().Where(u => u.Id == userId || u.UserName == userId)
            .Select(u => new Mentor(u.Id, u.DisplayName, u.UserName ?? "")).FirstOrDefaultAsync(ct);
    }
}
