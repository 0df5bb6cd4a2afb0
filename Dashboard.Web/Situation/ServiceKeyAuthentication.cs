using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Dashboard.Jobs.Situation;
using Dashboard.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Situation;

/// <summary>
/// Lets the jobs worker (and nothing else) in with the shared key of Situation:ServiceKey in the X-Service-Key header.
/// Without a configured key, nobody gets in this way.
/// </summary>
public sealed class ServiceKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<SituationOptions> situation)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ServiceKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HubClientPublisher.ServiceKeyHeader, out var sent) || string.IsNullOrEmpty(sent))
            return Task.FromResult(AuthenticateResult.NoResult());
        var key = situation.Value.ServiceKey;
        if (string.IsNullOrEmpty(key))
            return Task.FromResult(AuthenticateResult.Fail("no service key is configured"));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent.ToString()), Encoding.UTF8.GetBytes(key)))
            return Task.FromResult(AuthenticateResult.Fail("wrong service key"));
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "jobs-worker"), new Claim(ClaimTypes.Role, Roles.Service), new Claim(DashboardClaims.Agency, DashboardClaims.Immigration)],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
