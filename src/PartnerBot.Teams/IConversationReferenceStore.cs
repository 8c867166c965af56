namespace PartnerBot.Teams;

/// <summary>Where Teams conversation references are kept for proactive posts (fact of the day).</summary>
/// <remarks>
/// Only references taken from authenticated activities are saved, so a stored service URL is one the Bot Connector
/// itself gave us. Implementations must be thread-safe. The default is in memory; the host registers a persistent one.
/// </remarks>
public interface IConversationReferenceStore
{
    /// <summary>Adds or replaces the reference for <see cref="TeamsConversationReference.ConversationId"/>.</summary>
    Task SaveAsync(TeamsConversationReference reference, CancellationToken cancellationToken);

    /// <summary>Removes the reference; true when there was one.</summary>
    Task<bool> RemoveAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The reference for a conversation, or null.</summary>
    Task<TeamsConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Every stored reference.</summary>
    Task<IReadOnlyList<TeamsConversationReference>> ListAsync(CancellationToken cancellationToken);
}
