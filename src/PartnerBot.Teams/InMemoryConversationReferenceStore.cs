using System.Collections.Concurrent;

namespace PartnerBot.Teams;

/// <summary>Keeps conversation references in memory (lost on restart); the default until the host registers a persistent store.</summary>
public sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    private readonly ConcurrentDictionary<string, TeamsConversationReference> _references = new(StringComparer.Ordinal);

    public Task SaveAsync(TeamsConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        _references[reference.ConversationId] = reference;
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_references.TryRemove(conversationId, out _));

    public Task<TeamsConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_references.TryGetValue(conversationId, out var reference) ? reference : null);

    public Task<IReadOnlyList<TeamsConversationReference>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TeamsConversationReference>>(_references.Values.OrderBy(r => r.ConversationId, StringComparer.Ordinal).ToList());
}
