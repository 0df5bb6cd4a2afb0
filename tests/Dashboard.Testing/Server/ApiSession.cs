using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dashboard.Testing.Server;

/// <summary>A demo account signed in over HTTP through the real login form; its cookie also opens the hub.</summary>
public sealed partial class ApiSession : IDisposable
{
    /// <summary>The password of every demo account the seed creates (see the README).</summary>
    public const string DemoPassword = "Demo#2026";

    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _http;

    private ApiSession(Uri baseUri)
    {
        BaseUri = baseUri;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = baseUri };
    }

    public Uri BaseUri { get; }

    public HttpClient Http => _http;

    /// <summary>The Cookie header for other clients (the SignalR client) of the same server.</summary>
    public string CookieHeader => _cookies.GetCookieHeader(BaseUri);

    public static async Task<ApiSession> SignInAsync(Uri baseUri, string userName)
    {
        var session = new ApiSession(baseUri);
        var form = await session._http.GetStringAsync("account/login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        var response = await session._http.PostAsync("account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Input.UserName"] = userName,
            ["Input.Password"] = DemoPassword,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect || !session.CookieHeader.Contains("dashboard.auth", StringComparison.Ordinal))
            throw new InvalidOperationException($"signing in as {userName} failed: {response.StatusCode}");
        return session;
    }

    /// <summary>Posts one field report and returns its id.</summary>
    public async Task<long> ReportAsync(object report)
    {
        var response = await _http.PostAsJsonAsync("api/reports", report);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"report refused: {response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt64();
    }

    /// <summary>A credible patrol sighting at a place: raises an alert when that place is near an active rat route.</summary>
    public static object Sighting(double longitude, double latitude, string text = "Perahu tanpa lampu membawa penumpang.") => new
    {
        idempotencyKey = Guid.NewGuid().ToString(),
        kind = "PatrolSighting",
        longitude,
        latitude,
        observedAt = DateTimeOffset.UtcNow.AddMinutes(-5),
        category = "perahu malam",
        sourceReliability = "B",
        informationCredibility = 2,
        text,
    };

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
