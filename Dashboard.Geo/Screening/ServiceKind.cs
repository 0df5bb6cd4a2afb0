namespace Dashboard.Geo.Screening;

/// <summary>The kinds of service a potential victim is referred to (domain.md, 004_…).</summary>
public enum ServiceKind
{
    /// <summary>UPTD PPA / P2TP2A: local government's women's and children's protection unit.</summary>
    UptdPpa,
    Dinsos,
    Lpsk,
    Bp2mi,
    Shelter,
    Hospital,
    Ngo,
    Iom,
}
