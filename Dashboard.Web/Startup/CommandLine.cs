using System.Security.Claims;
using Dashboard.Geo.Import;
using Dashboard.Web.Crossings;
using Dashboard.Web.Accounts;
using Dashboard.Web.Audit;

namespace Dashboard.Web.Startup;

/// <summary>
/// Maintenance verbs that run against the configured database and exit instead of serving:
/// `import-regions FILE.geojson`, `import-rat-routes FILE.geojson`, `import-roads FILE.geojson`,
/// `import-crossings`, `import-villages` and `import-sessions FILE [--dry-run]` (CSV, XLSX, GeoJSON or a zipped
/// Shapefile, all or nothing; each row's verdict printed) and
/// `create-admin NAME` (the first administrator, with a one-time password printed once) and `audit-verify` (checks the
/// audit log's hash chain; exit code 1 and the first broken line when it is broken).
/// </summary>
public static class CommandLine
{
    public static async Task<bool> TryRunAsync(string[] args, IServiceProvider services)
    {
        if (args.Length > 0 && args[0] == "create-admin")
            return await CreateAdminAsync(args, services);
        if (args.Length > 0 && args[0] == "audit-verify")
            return await VerifyAuditAsync(services);
        if (args.Length > 0 && MasterImports.TryGetValue(args[0], out var import))
            return await ImportMasterAsync(args, services, import);
        if (args.Length == 0 || !args[0].StartsWith("import-", StringComparison.Ordinal))
            return false;
        if (args.Length != 2 || !File.Exists(args[1]))
        {
            await Console.Error.WriteLineAsync($"usage: {args[0]} FILE.geojson (file not found: {args.ElementAtOrDefault(1)})");
            Environment.ExitCode = 2;
            return true;
        }
        await using var file = File.OpenRead(args[1]);
        var result = args[0] switch
        {
            "import-regions" => await services.GetRequiredService<RegionBoundaryImporter>().ImportAsync(file, CancellationToken.None),
            "import-rat-routes" => await services.GetRequiredService<RatRouteImporter>().ImportAsync(file, $"Impor berkas {Path.GetFileName(args[1])}", CancellationToken.None),
            "import-roads" => await services.GetRequiredService<TravelWayImporter>().ImportAsync(file, $"Impor berkas {Path.GetFileName(args[1])}", CancellationToken.None),
            _ => null,
        };
        if (result is null)
        {
            await Console.Error.WriteLineAsync($"unknown command {args[0]}; known: import-regions, import-rat-routes, import-roads");
            Environment.ExitCode = 2;
            return true;
        }
        foreach (var problem in result.Problems)
            await Console.Error.WriteLineAsync($"{problem.Field}: {problem.Message}");
        Console.WriteLine(result.Succeeded ? $"Imported: {result.Created} created, {result.Updated} updated, {result.Unchanged} already there." : "Nothing was imported.");
        Environment.ExitCode = result.Succeeded ? 0 : 1;
        return true;
    }

    private delegate Task<Import.MasterImportResult> MasterImport(IServiceProvider services, ClaimsPrincipal user, byte[] file, bool dryRun);

    private static readonly Dictionary<string, MasterImport> MasterImports = new()
    {
        ["import-crossings"] = (s, u, f, d) => s.GetRequiredService<CrossingImporter>().ImportAsync(u, f, d, CancellationToken.None),
        ["import-villages"] = (s, u, f, d) => s.GetRequiredService<Villages.VillageImporter>().ImportAsync(u, f, d, CancellationToken.None),
        ["import-sessions"] = (s, u, f, d) => s.GetRequiredService<Villages.SessionImporter>().ImportAsync(u, f, d, CancellationToken.None),
    };

    private static async Task<bool> ImportMasterAsync(string[] args, IServiceProvider services, MasterImport import)
    {
        var dryRun = args.Contains("--dry-run");
        var paths = args.Skip(1).Where(a => a != "--dry-run").ToList();
        if (paths.Count != 1 || !File.Exists(paths[0]))
        {
            await Console.Error.WriteLineAsync($"usage: {args[0]} FILE [--dry-run] (file not found: {paths.FirstOrDefault()})");
            Environment.ExitCode = 2;
            return true;
        }
        // The audit log and each record's "changed by" name whoever ran the verb on this machine, who has the server
        // and its database in hand and so keeps the nation's master data as an administrator does.
        var operator_ = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, $"cli:{Environment.UserName}"), new Claim(ClaimTypes.Role, Identity.Roles.Administrator)], "command-line"));
        var result = await import(services, operator_, await File.ReadAllBytesAsync(paths[0]), dryRun);
        foreach (var v in result.Verdicts)
            Console.WriteLine($"{v.Where}\t{v.Key}\t{v.Verdict.ToString().ToLowerInvariant()}{string.Concat(v.Problems.Select(p => $"\t{p.Key}: {p.Value}"))}");
        foreach (var (field, messages) in result.Errors.Where(e => !result.Verdicts.Any(v => e.Key.StartsWith(v.Where + ".", StringComparison.Ordinal))))
            await Console.Error.WriteLineAsync($"{field}: {string.Join(" ", messages)}");
        Console.WriteLine(!result.Succeeded ? $"Nothing was imported: {result.Refused} of {result.Rows} rows refused."
            : $"{(dryRun ? "Dry run" : "Imported")}: {result.Created} created, {result.Updated} updated, {result.Unchanged} unchanged.");
        Environment.ExitCode = result.Succeeded ? 0 : 1;
        return true;
    }

    private static async Task<bool> CreateAdminAsync(string[] args, IServiceProvider services)
    {
        if (args.Length != 2)
        {
            await Console.Error.WriteLineAsync("usage: create-admin NAME");
            Environment.ExitCode = 2;
            return true;
        }
        var outcome = await services.GetRequiredService<AccountAdministration>().CreateAdministratorAsync(args[1]);
        if (!outcome.Succeeded)
        {
            foreach (var (field, messages) in outcome.Errors)
                await Console.Error.WriteLineAsync($"{field}: {string.Join(" ", messages)}");
            Environment.ExitCode = 1;
            return true;
        }
        Console.WriteLine($"Created administrator {args[1]}.");
        Console.WriteLine($"One-time password: {outcome.OneTimePassword}");
        Console.WriteLine("It is shown only now; it must be changed at the first sign-in.");
        Environment.ExitCode = 0;
        return true;
    }

    private static async Task<bool> VerifyAuditAsync(IServiceProvider services)
    {
        var verification = await services.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
        if (verification.Intact)
            Console.WriteLine(verification.Describe());
        else
            await Console.Error.WriteLineAsync(verification.Describe());
        Environment.ExitCode = verification.Intact ? 0 : 1;
        return true;
    }
}
