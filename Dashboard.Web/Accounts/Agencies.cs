using Dashboard.Web.Identity;

namespace Dashboard.Web.Accounts;

/// <summary>The agencies an account may belong to: the immigration service and its TIMPORA partners.</summary>
public static class Agencies
{
    public const string Other = "Lainnya";

    public static IReadOnlyList<string> All { get; } =
        [DashboardClaims.Immigration, "Polri", "TNI", "BIN", "Pemda", "BP2MI", "Dinsos", "LPSK", "Kejaksaan", "IOM", Other];
}
