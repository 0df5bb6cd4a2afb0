using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Dashboard.Jobs.Settings;

/// <summary>Refuses a section holding a key that its settings class has no property for, naming the key and the known ones.</summary>
public sealed class KnownSettings<T>(IConfiguration configuration, string section) : IValidateOptions<T> where T : class
{
    private static readonly IReadOnlyList<string> Known =
        [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || p.PropertyType.IsClass).Select(p => p.Name)];

    public ValidateOptionsResult Validate(string? name, T options)
    {
        var unknown = configuration.GetSection(section).GetChildren()
            .Where(c => !Known.Contains(c.Key, StringComparer.OrdinalIgnoreCase))
            .Select(c => $"'{section}:{c.Key}'")
            .ToList();
        return unknown.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Unknown setting {string.Join(", ", unknown)}; the settings of '{section}' are {string.Join(", ", Known)}.");
    }
}
