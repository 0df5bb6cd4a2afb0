namespace Dashboard.Geo.Gazetteer;

/// <summary>Orders release versions such as "3.1.2" and "4.0.1" numerically ("4.0.10" is after "4.0.9").</summary>
public static class ReleaseOrder
{
    public static Version Key(string version)
    {
        var core = version.Split('-', '+')[0];
        return Version.TryParse(core.Count(c => c == '.') == 0 ? core + ".0" : core, out var parsed) ? parsed : new Version(0, 0);
    }
}
