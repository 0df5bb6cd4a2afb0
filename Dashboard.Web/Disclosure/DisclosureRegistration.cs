using Dashboard.Geo.Disclosure;
using Dashboard.Geo.Queries.Disclosure;
using Dashboard.Jobs.Settings;

namespace Dashboard.Web.Disclosure;

/// <summary>The disclosure rules' settings (section "Disclosure") and service.</summary>
public static class DisclosureRegistration
{
    public static WebApplicationBuilder AddDisclosure(this WebApplicationBuilder builder)
    {
        // Bound like every setting: an unknown key (a misspelled MinimumCount) stops the start rather than leaving k at 5 in silence.
        builder.Services.AddSettings<DisclosureOptions>(builder.Configuration, DisclosureOptions.Section)
            .Validate(o => o.MinimumCount >= 2, "Disclosure:MinimumCount must be at least 2.")
            .Validate(o => o.ExportMinimumCount >= 2, "Disclosure:ExportMinimumCount must be at least 2.")
            .Validate(o => o.RiskPublicationHour is >= 0 and <= 23, "Disclosure:RiskPublicationHour must be an hour from 0 to 23.");
        builder.Services.AddSingleton<DisclosureSourceQuery>();
        builder.Services.AddSingleton<DisclosureService>();
        return builder;
    }
}
