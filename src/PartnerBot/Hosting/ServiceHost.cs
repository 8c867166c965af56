using Microsoft.Extensions.Options;
using PartnerBot.FactOfTheDay;
using PartnerBot.Platforms;
using PartnerBot.State;
using PartnerBot.Teams;

namespace PartnerBot.Hosting;

/// <summary>
/// The composition root of <c>serve</c>: configuration sources, services and endpoints. Platforms and the fact
/// scheduler plug in at the marked places.
/// </summary>
public static class ServiceHost
{
    /// <summary>Builds the service; <paramref name="configure"/> lets tests replace services or capture logs.</summary>
    public static WebApplication Build(HostSettings settings, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        AddConfiguration(builder.Configuration, settings);
        // Hosting's request log prints the full URL, and /admin accepts ?token=: keep that log at Warning.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        var urls = ListenAddresses.Parse(builder.Configuration[$"{ServiceOptions.Section}:Urls"] ?? new ServiceOptions().Urls);
        builder.WebHost.UseUrls([.. urls]);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);

        builder.Services
            .AddPartnerBotOptions(builder.Configuration)
            .AddPartnerBotKnowledge()
            .AddPartnerBotWeb();
        // Platforms (each with an IPlatformStatus for /ready and /admin), then the fact scheduler.
        builder.Services.AddDiscordBot(builder.Configuration);
        builder.Services.AddSingleton<IPlatformStatus, DiscordPlatformStatus>();
        builder.Services.AddTeamsBot(builder.Configuration);
        builder.Services.AddSingleton<IPlatformStatus, TeamsPlatformStatus>();
        // State (subscriptions, posting log, Teams conversation references, feedback) lives beside the index.
        builder.Services.AddStateStore(builder.Configuration["Knowledge:DataFolder"] is { Length: > 0 } data ? data : "data");
        builder.Services.AddFactOfTheDay(builder.Configuration);
        builder.Services.AddSingleton<IFactPostingStatus, FactPostingStatus>();
        configure?.Invoke(builder);
        // Hosted services stop in reverse order: the web server (added by Build, so last) drains HTTP requests, then
        // this waits for the remaining in-flight replies, and only then do platform services close their connections.
        builder.Services.AddHostedService<ReplyDrain>();

        var app = builder.Build();
        app.UsePartnerBot();
        app.MapTeamsBot();
        return app;
    }

    /// <summary>Runs every start-up validation now, so a bad setting ends the process with one line, not a stack trace.</summary>
    public static void Validate(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException e)
        {
            throw new StartupException("invalid configuration: " + string.Join(" ", e.Failures));
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            throw new StartupException("invalid configuration: " + string.Join(" ",
                e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(i => i.Failures)));
        }
    }

    private static void AddConfiguration(ConfigurationManager configuration, HostSettings settings)
    {
        // Later sources win: appsettings.json (content root) < config/partnerbot.json < user secrets < environment < command line.
        var configFolder = configuration["Knowledge:ConfigFolder"] is { Length: > 0 } folder ? folder : "config";
        configuration.AddJsonFile(Path.GetFullPath(Path.Combine(configFolder, "partnerbot.json")), optional: true, reloadOnChange: false);
        configuration.AddUserSecrets(typeof(ServiceHost).Assembly, optional: true, reloadOnChange: false);
        configuration.AddEnvironmentVariables();
        var overrides = new Dictionary<string, string?>(settings.Overrides ?? new Dictionary<string, string?>());
        if (settings.CorpusFolder is not null) overrides["Knowledge:CorpusFolder"] = settings.CorpusFolder;
        if (settings.DataFolder is not null) overrides["Knowledge:DataFolder"] = settings.DataFolder;
        if (settings.Urls is not null) overrides["Service:Urls"] = settings.Urls;
        configuration.AddInMemoryCollection(overrides);
    }
}
