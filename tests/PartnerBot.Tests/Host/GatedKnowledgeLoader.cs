using PartnerBot.Core;
using PartnerBot.Knowledge;

namespace PartnerBot.Tests.Host;

/// <summary>Wraps a loader so the test decides when the first load may finish.</summary>
internal sealed class GatedKnowledgeLoader(IKnowledgeLoader inner) : IKnowledgeLoader
{
    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<string> WatchedFolders => inner.WatchedFolders;

    public KnowledgeBase Load(CancellationToken cancellationToken)
    {
        Gate.Task.Wait(cancellationToken);
        return inner.Load(cancellationToken);
    }
}
