namespace PartnerBot.Teams.Tests;

/// <summary>An in-memory reference store that lets a test await saves and removals instead of sleeping.</summary>
internal sealed class SignallingReferenceStore : IConversationReferenceStore
{
    private readonly InMemoryConversationReferenceStore _inner = new();
    private readonly object _gate = new();
    private readonly List<(string Kind, string Id, TaskCompletionSource Done)> _waiters = [];

    public Task WaitForAsync(string kind, string conversationId)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate) { _waiters.Add((kind, conversationId, done)); }
        return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public async Task SaveAsync(TeamsConversationReference reference, CancellationToken cancellationToken)
    {
        await _inner.SaveAsync(reference, cancellationToken);
        Signal("save", reference.ConversationId);
    }

    public async Task<bool> RemoveAsync(string conversationId, CancellationToken cancellationToken)
    {
        var removed = await _inner.RemoveAsync(conversationId, cancellationToken);
        Signal("remove", conversationId);
        return removed;
    }

    public Task<TeamsConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        _inner.GetAsync(conversationId, cancellationToken);

    public Task<IReadOnlyList<TeamsConversationReference>> ListAsync(CancellationToken cancellationToken) => _inner.ListAsync(cancellationToken);

    private void Signal(string kind, string id)
    {
        List<TaskCompletionSource> release;
        lock (_gate)
        {
            release = _waiters.Where(w => w.Kind == kind && w.Id == id).Select(w => w.Done).ToList();
            _waiters.RemoveAll(w => w.Kind == kind && w.Id == id);
        }
        foreach (var done in release) done.TrySetResult();
    }
}
