namespace Dashboard.Web.Map;

/// <summary>One labelled value. The label is a MapStrings resource key; the value is ready to display.</summary>
public sealed record FeatureDetailRow(string LabelKey, string Value);
