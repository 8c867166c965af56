using Microsoft.Extensions.Logging;
using PartnerBot.Discord.Rest;

namespace PartnerBot.Discord.Interactions;

/// <summary>
/// Registers our commands by bulk overwrite (guild when DevGuildId is set, else global), only when they differ
/// from what Discord has: new commands count against 200 creates/day/guild.
/// </summary>
internal sealed class CommandRegistrar(DiscordRestClient rest, DiscordOptions options, ILogger logger)
{
    /// <summary>Returns true when a PUT was sent.</summary>
    public async Task<bool> SyncAsync(string applicationId, CancellationToken cancellationToken)
    {
        var guild = string.IsNullOrWhiteSpace(options.DevGuildId) ? null : options.DevGuildId;
        var scope = guild is null ? "global scope" : "guild " + guild;
        var wanted = CommandDefinitions.All();
        var existing = await rest.GetCommandsAsync(applicationId, guild, cancellationToken).ConfigureAwait(false);
        if (CommandComparer.Same(wanted, existing))
        {
            Log.CommandsUnchanged(logger, scope);
            return false;
        }
        await rest.BulkOverwriteCommandsAsync(applicationId, guild, wanted, cancellationToken).ConfigureAwait(false);
        Log.CommandsRegistered(logger, scope, wanted.Count);
        return true;
    }
}
