namespace Dashboard.E2E.Infrastructure;

/// <summary>Finds the web app's build output beside this test's, in the same configuration.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>"Debug" or "Release", read from this test assembly's own output folder.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string WebOutput => Path.Combine(Root, "Dashboard.Web", "bin", Configuration, "net10.0");

    public static string Screenshots
    {
        get
        {
            var path = Path.Combine(Root, "tests", "Dashboard.E2E", "screenshots");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dashboard.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Dashboard.sln not found above " + AppContext.BaseDirectory);
    }
}
