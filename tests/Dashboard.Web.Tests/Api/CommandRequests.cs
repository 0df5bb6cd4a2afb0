namespace Dashboard.Web.Tests.Api;

/// <summary>
/// A bodiless state-changing call as the app's own scripts send it: with the header the cross-site guard asks of a
/// request that carries no JSON body.
/// </summary>
public static class CommandRequests
{
    public static Task<HttpResponseMessage> PostCommandAsync(this HttpClient client, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Headers.Add(Dashboard.Web.Api.CrossSiteGuard.Header, "XMLHttpRequest");
        return client.SendAsync(request);
    }
}
