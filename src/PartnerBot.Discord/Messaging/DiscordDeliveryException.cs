namespace PartnerBot.Discord.Messaging;

/// <summary>A message could not be posted to a Discord channel.</summary>
/// <remarks>
/// <see cref="Permanent"/> separates what retrying cannot fix (401 bad token, 403 missing access, 404 deleted
/// channel, other 4xx) from what it may (429 beyond the client's own waits, 5xx after retries, network errors).
/// </remarks>
public sealed class DiscordDeliveryException(string message, int? status, bool permanent, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>HTTP status of the last attempt, when Discord answered.</summary>
    public int? Status { get; } = status;

    /// <summary>True when retrying will not help (the channel is gone or the bot may not post there).</summary>
    public bool Permanent { get; } = permanent;
}
