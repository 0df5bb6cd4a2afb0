namespace Dashboard.Web.Resources;

/// <summary>Marker for the AuditStrings resources: Bahasa Indonesia in AuditStrings.resx, English in AuditStrings.en.resx.</summary>
public sealed class AuditStrings;
