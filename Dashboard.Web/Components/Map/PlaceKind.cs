namespace Dashboard.Web.Components.Map;

public enum PlaceKind
{
    Province,
    Regency,
    Crossing,
    Village,
}
