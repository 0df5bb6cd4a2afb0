using Dashboard.Geo.Disclosure;
using Dashboard.Geo.Queries.Disclosure;

namespace Dashboard.Web.Disclosure;

/// <summary>The disclosure rules' settings (section "Disclosure") and service.</summary>
public static class DisclosureRegistration
{
    public static WebApplicationBuilder AddDisclosure(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DisclosureOptions>()
            .Bind(builder.Configuration.GetSection(DisclosureOptions.Section))
            .Validate(o => o.MinimumCount >= 2, "Disclosure:MinimumCount must be at least 2.")
            .Validate(o => o.ExportMinimumCount >= 2, "Disclosure:ExportMinimumCount must be at least 2.")
            .Validate(o => o.RiskPublicationHour is >= 0 and <= 23, "Disclosure:RiskPublicationHour must be an hour from 0 to 23.")
            .ValidateOnStart();
        builder.Services.AddSingleton<DisclosureSourceQuery>();
        builder.Services.AddSingleton<DisclosureService>();
        return builder;
    }
}
