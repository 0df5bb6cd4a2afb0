using Dashboard.Geo.Screening;

namespace Dashboard.Web.Screening;

public sealed record ServiceView(
    int Id, string Name, string Kind, string RegionCode, string Contact, bool TakesAdults, bool TakesMinors,
    bool TakesWomen, bool TakesMen, int? Capacity, string Agency, bool Retired)
{
    public static ServiceView Of(VictimService s) => new(s.Id, s.Name, s.Kind.ToString(), s.RegionCode, s.Contact, s.TakesAdults,
        s.TakesMinors, s.TakesWomen, s.TakesMen, s.Capacity, s.Agency, s.RetiredAt is not null);
}
