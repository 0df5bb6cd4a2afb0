namespace Dashboard.Demo;

/// <summary>How big a demo world to make: Default for people, Large for benchmarks.</summary>
public enum DemoSize
{
    Default,
    Large,
}
