using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartnerBot.Core;
using PartnerBot.Core.Conversation;
using PartnerBot.Knowledge;
using PartnerBot.Metrics;
using PartnerBot.Web;

namespace PartnerBot.Hosting;

/// <summary>Registration of the service's parts, one extension per area.</summary>
public static class ServiceRegistration
{
    /// <summary>Options of every section the host owns, each validated at start with a message a person can act on.</summary>
    public static IServiceCollection AddPartnerBotOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.Section))
            .Validate(o => o.MaxQuestionLength > 0, "Bot:MaxQuestionLength must be a positive number of characters (default 500).")
            .Validate(o => o.RememberedReplies > 0, "Bot:RememberedReplies must be positive (default 2000).")
            .Validate(o => KnownTimeZone(o.TimeZone), "Bot:TimeZone is not a known IANA time zone; use a name such as Europe/London or Asia/Shanghai.")
            .ValidateOnStart();
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.Section))
            .Validate(o => string.IsNullOrWhiteSpace(o.CorpusFolder) || Directory.Exists(o.CorpusFolder), "Knowledge:CorpusFolder (--corpus) does not exist; give an existing folder of .txt/.md articles.")
            .Validate(o => string.IsNullOrWhiteSpace(o.ConfigFolder) || Directory.Exists(o.ConfigFolder), "Knowledge:ConfigFolder does not exist; give the folder holding companies.json, or leave it empty.")
            .Validate(o => o.ReloadDebounceMilliseconds >= 0, "Knowledge:ReloadDebounceMilliseconds cannot be negative.")
            .Validate(o => o.RetireAfterSeconds >= 0, "Knowledge:RetireAfterSeconds cannot be negative.")
            .ValidateOnStart();
        services.AddOptions<ServiceOptions>().Bind(configuration.GetSection(ServiceOptions.Section))
            .Validate(o => o.MaxRequestBodyBytes >= 256, "Service:MaxRequestBodyBytes must be at least 256 bytes.")
            .Validate(o => o.ShutdownTimeoutSeconds >= 0, "Service:ShutdownTimeoutSeconds cannot be negative.")
            .ValidateOnStart();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section))
            .Validate(o => o.PermitLimit >= 0, "RateLimit:PermitLimit cannot be negative (0 turns the limit off).")
            .Validate(o => o.WindowSeconds > 0, "RateLimit:WindowSeconds must be a positive number of seconds.")
            .ValidateOnStart();
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.Section))
            .Validate(o => string.IsNullOrEmpty(o.Token) || o.Token.Length >= 16, "Admin:Token must be at least 16 characters (or empty to keep the admin view loopback-only).")
            .ValidateOnStart();
        services.AddOptions<HostOptions>().Configure<IOptions<ServiceOptions>>((host, service) =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(service.Value.ShutdownTimeoutSeconds));
        return services;
    }

    /// <summary>The knowledge base (loaded and hot-reloaded in the background) and the one brain over it.</summary>
    public static IServiceCollection AddPartnerBotKnowledge(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IKnowledgeLoader, FileKnowledgeLoader>();
        services.AddSingleton(sp => new ReloadingKnowledgeSource(sp.GetRequiredService<TimeProvider>(),
            TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.RetireAfterSeconds)));
        services.AddSingleton<IKnowledgeSource>(sp => sp.GetRequiredService<ReloadingKnowledgeSource>());
        services.AddHostedService<KnowledgeService>();
        services.TryAddSingleton<IFeedbackStore>(_ => new InMemoryFeedbackStore());
        services.AddSingleton<PartnerBotBrain>();
        services.AddSingleton<InFlightReplies>();
        services.AddSingleton<IBot, MeteredBot>();
        return services;
    }

    /// <summary>Web page, API, admin view, metrics, rate limiting, problem details.</summary>
    public static IServiceCollection AddPartnerBotWeb(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddApiRateLimiting();
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<MetricsCollector>();
        services.AddSingleton<AdminAccess>();
        services.AddHostedService<StartupReport>();
        return services;
    }

    private static bool KnownTimeZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return false;
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }
}
