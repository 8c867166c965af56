using Microsoft.Extensions.Options;
using PartnerBot.Teams.Connector;

namespace PartnerBot.Teams;

/// <summary>Checks <see cref="TeamsOptions"/> at start-up and says what to change.</summary>
internal sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var failures = new List<string>();
        if (!options.IsDevMode)
        {
            if (!Guid.TryParse(options.AppId, out _))
            {
                failures.Add("Teams:AppId must be the Microsoft App ID (a GUID) of the Azure Bot resource; leave it empty for local development with the Emulator.");
            }
            if (string.IsNullOrWhiteSpace(options.AppPassword))
            {
                failures.Add("Teams:AppPassword is missing: set the environment variable Teams__AppPassword to the app registration's client secret.");
            }
        }
        if (!string.IsNullOrWhiteSpace(options.TenantId) && !Guid.TryParse(options.TenantId, out _)
            && Uri.CheckHostName(options.TenantId.Trim()) != UriHostNameType.Dns)
        {
            failures.Add("Teams:TenantId must be the Entra tenant id (GUID) of a single-tenant bot, or empty.");
        }
        CheckUrl(options.OpenIdMetadataUrl, "Teams:OpenIdMetadataUrl", failures);
        CheckUrl(options.ResolveTokenEndpoint(), "Teams:TokenEndpoint", failures);
        if (options.EffectiveAllowedServiceUrlHosts.Any(h => string.IsNullOrWhiteSpace(h) || h.Trim() is "*" or "*."))
        {
            failures.Add("Teams:AllowedServiceUrlHosts must not contain empty entries or a bare '*' (use exact hosts or '*.domain').");
        }
        CheckPositive(options.MessageExtensionBudget, TimeSpan.FromSeconds(5), "Teams:MessageExtensionBudget", failures);
        CheckPositive(options.HttpTimeout, TimeSpan.FromMinutes(5), "Teams:HttpTimeout", failures);
        CheckPositive(options.MaxRetryAfter, TimeSpan.FromMinutes(10), "Teams:MaxRetryAfter", failures);
        CheckPositive(options.SigningKeyRefreshInterval, TimeSpan.FromHours(24), "Teams:SigningKeyRefreshInterval", failures);
        if (options.SigningKeyMinRefreshInterval < TimeSpan.Zero || options.SigningKeyMinRefreshInterval > options.SigningKeyRefreshInterval)
        {
            failures.Add("Teams:SigningKeyMinRefreshInterval must be between 0 and Teams:SigningKeyRefreshInterval.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckUrl(string? value, string key, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !ServiceUrlPolicy.IsSecureOrLoopback(uri))
        {
            failures.Add($"{key} must be an absolute https URL (plain http only for loopback test fakes); got '{value}'.");
        }
    }

    private static void CheckPositive(TimeSpan value, TimeSpan max, string key, List<string> failures)
    {
        if (value <= TimeSpan.Zero || value > max)
        {
            failures.Add($"{key} must be greater than 0 and at most {max}; got {value}.");
        }
    }
}
