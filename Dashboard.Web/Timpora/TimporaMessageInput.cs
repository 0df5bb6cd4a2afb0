namespace Dashboard.Web.Timpora;

/// <summary>
/// A warning or request as sent: kind ("warning", "request"), category, free text, and optionally the place (a regency
/// or village code inside the TIMPORA), a grade ("B2") and the last day it holds ("2026-12-09"). No field for a person.
/// </summary>
public sealed record TimporaMessageInput(string? Kind, string? Category, string? Text, string? PlaceCode = null, string? Grade = null,
    string? ValidUntil = null, Guid? ClientKey = null);
