namespace Dashboard.Web.Resources;

/// <summary>Marker for the EvaluationStrings resources: Bahasa Indonesia in EvaluationStrings.resx, English in EvaluationStrings.en.resx.</summary>
public sealed class EvaluationStrings;
