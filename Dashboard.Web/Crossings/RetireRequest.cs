namespace Dashboard.Web.Crossings;

/// <summary>Why a crossing or village is retired.</summary>
public sealed record RetireRequest(string? Reason);
