using Dashboard.Testing.Server;

namespace Dashboard.E2E.Infrastructure;

/// <summary>Where browser tests leave their screenshots, for a person to look at after a run.</summary>
internal static class Screenshots
{
    public static string Folder
    {
        get
        {
            var path = Path.Combine(RepositoryPaths.Root, "tests", "Dashboard.E2E", "screenshots");
            Directory.CreateDirectory(path);
            return path;
        }
    }
}
