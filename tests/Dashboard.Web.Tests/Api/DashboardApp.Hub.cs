using Dashboard.Geo.Situation;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Api;

public partial class DashboardApp
{
    /// <summary>A SignalR client of the in-process hub, signed in with the given cookie header (long polling over the test server).</summary>
    public HubConnection SituationHub(string cookieHeader) => new HubConnectionBuilder()
        .WithUrl(new Uri(_factory.Server.BaseAddress, "hubs/situation"), o =>
        {
            o.HttpMessageHandlerFactory = _ => _factory.Server.CreateHandler();
            o.Transports = HttpTransportType.LongPolling;
            o.Headers["Cookie"] = cookieHeader;
        })
        .AddJsonProtocol(o => SituationJson.Configure(o.PayloadSerializerOptions))
        .Build();

    /// <summary>The cookie header a signed-in client sends, for clients (a hub connection) that keep no cookies.</summary>
    public static async Task<string> CookieHeaderAsync(HttpClient client)
    {
        var response = await client.GetAsync("/account");
        return string.Join("; ", response.RequestMessage!.Headers.GetValues("Cookie"));
    }
}
