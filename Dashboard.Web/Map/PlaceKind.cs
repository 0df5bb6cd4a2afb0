namespace Dashboard.Web.Map;

public enum PlaceKind
{
    Province,
    Regency,
    Crossing,
    Village,
}
