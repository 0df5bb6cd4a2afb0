namespace Dashboard.Web.Api;

/// <summary>The largest request body a route takes, in bytes; /api routes without one take <see cref="RequestBodyLimits.Default"/>.</summary>
public sealed record BodyLimit(long Bytes);
