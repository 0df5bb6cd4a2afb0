namespace Dashboard.Web.Map;

/// <summary>One record as the details panel shows it: a title and labelled rows.</summary>
/// <param name="Title">The record's own name (not localized), e.g. "PLBN Entikong".</param>
/// <param name="Rows">Rows in display order; each label is a MapStrings resource key.</param>
/// <param name="Synthetic">True for generated demo data, which the panel marks as such.</param>
public sealed record FeatureDetails(string Title, IReadOnlyList<FeatureDetailRow> Rows, bool Synthetic);
