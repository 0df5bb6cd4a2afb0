using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Jobs.Settings;

/// <summary>
/// How every settings class is bound, in both hosts: from its section, checked by its data annotations and for keys
/// it does not know (a misspelled setting would otherwise be ignored in silence), at start-up rather than first use.
/// </summary>
public static class SettingsRegistration
{
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, IConfiguration configuration, string section) where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new KnownSettings<T>(configuration, section));
        return services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
    }
}
