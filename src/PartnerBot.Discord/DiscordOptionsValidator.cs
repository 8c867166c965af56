using Microsoft.Extensions.Options;

namespace PartnerBot.Discord;

/// <summary>Checks <see cref="DiscordOptions"/> at start-up with messages an operator can act on.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        // No token: the part stays off, nothing else matters.
        if (!options.Enabled) return ValidateOptionsResult.Success;
        var errors = new List<string>();
        var token = options.Token!.Trim();
        if (token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
            errors.Add("Discord:Token must be the raw bot token without the 'Bot ' prefix.");
        if (token.Any(char.IsWhiteSpace))
            errors.Add("Discord:Token contains whitespace; copy the token again from Developer Portal → Bot → Reset Token.");
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
            errors.Add($"Discord:ApiBaseUrl '{options.ApiBaseUrl}' is not an absolute http(s) URL; use https://discord.com/api/v10.");
        else if (!api.AbsolutePath.TrimEnd('/').EndsWith("/v10", StringComparison.Ordinal))
            errors.Add($"Discord:ApiBaseUrl '{options.ApiBaseUrl}' must end in /api/v10 (this client speaks API v10 only).");
        CheckSnowflake(options.ApplicationId, "ApplicationId", "Developer Portal → General Information → Application ID", errors);
        CheckSnowflake(options.DevGuildId, "DevGuildId", "right-click the server with Developer Mode on → Copy Server ID", errors);
        if (options.ShardCount is < 1)
            errors.Add("Discord:ShardCount must be at least 1, or be removed to use the count Discord recommends.");
        if (options.ShardId is { } id)
        {
            if (options.ShardCount is null) errors.Add("Discord:ShardId needs Discord:ShardCount as well.");
            else if (id < 0 || id >= options.ShardCount) errors.Add($"Discord:ShardId must be between 0 and ShardCount-1 ({options.ShardCount - 1}).");
        }
        if (options.CooldownMessages < 1) errors.Add("Discord:CooldownMessages must be at least 1.");
        if (options.CooldownSeconds is < 0 or > 3600) errors.Add("Discord:CooldownSeconds must be between 0 and 3600.");
        if (options.DeferAfterSeconds is < 0 or > 2.5)
            errors.Add("Discord:DeferAfterSeconds must be between 0 and 2.5 so interactions are answered inside Discord's 3-second window.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckSnowflake(string? value, string key, string where, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        if (!ulong.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
            errors.Add($"Discord:{key} '{value}' is not a Discord id (digits only); find it in {where}.");
    }
}
