using System.Xml;
using System.Xml.Schema;
using Dashboard.Jobs.Patrols.Export;

namespace Dashboard.Jobs.Tests.Patrols.Export;

/// <summary>
/// Validates a document against the GPX 1.1 schema copied next to the tests. Warnings count as problems: an element
/// in the wrong namespace is only a warning to the validator, and would otherwise pass unchecked.
/// </summary>
internal static class GpxSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    public static IReadOnlyList<string> Problems(string document)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Schemas.Value,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings
                | XmlSchemaValidationFlags.ProcessIdentityConstraints,
        };
        settings.ValidationEventHandler += (_, e) =>
            problems.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(document), settings);
        while (reader.Read())
        {
        }
        return problems;
    }

    private static XmlSchemaSet Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Patrols", "Export", "gpx.xsd");
        var schemas = new XmlSchemaSet();
        schemas.ValidationEventHandler += (_, e) => throw new InvalidOperationException($"gpx.xsd: {e.Message}", e.Exception);
        schemas.Add(GpxWriter.Namespace, path);
        schemas.Compile();
        return schemas;
    }
}
