using System.Text.Json;
using Microsoft.Playwright;

namespace Dashboard.E2E.Infrastructure;

/// <summary>
/// Runs axe-core (from npm, installed at build time beside the web project's other front-end packages) in the page and
/// returns what it finds against WCAG 2.2 A/AA. The script is evaluated through the DevTools protocol, so the page's own
/// Content-Security-Policy stays as users get it.
/// </summary>
internal static class AxeCheck
{
    private static readonly Lazy<string> Source = new(() =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Dashboard.Web", "node_modules", "axe-core", "axe.min.js")));

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(Source.Value);
        var json = await page.EvaluateAsync<string>(
            """
            async () => {
                const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
                    resultTypes: ['violations'],
                });
                return JSON.stringify(result.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\s+/g, ' ')),
                })));
            }
            """);
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(v =>
            $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()}\n    "
            + string.Join("\n    ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())))];
    }
}
