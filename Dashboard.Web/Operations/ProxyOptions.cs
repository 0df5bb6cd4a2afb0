namespace Dashboard.Web.Operations;

/// <summary>Settings "Proxy": the TLS-terminating reverse proxies whose X-Forwarded-For/-Proto headers are believed.</summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Addresses of the proxies, e.g. "10.0.0.5"; loopback is always trusted.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR notation, e.g. "172.16.0.0/12" for a Docker network.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}
