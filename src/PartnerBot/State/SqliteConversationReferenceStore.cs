using PartnerBot.Teams;

namespace PartnerBot.State;

/// <summary>Teams conversation references kept in the state database, so proactive posts survive restarts.</summary>
internal sealed class SqliteConversationReferenceStore(StateStore store) : IConversationReferenceStore
{
    public Task SaveAsync(TeamsConversationReference reference, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        store.SaveReference(reference);
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(string conversationId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(store.RemoveReference(conversationId));
    }

    public Task<TeamsConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(store.References(conversationId).FirstOrDefault());
    }

    public Task<IReadOnlyList<TeamsConversationReference>> ListAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(store.References());
    }
}
