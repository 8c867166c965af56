namespace PartnerBot.Core;

/// <summary>A knowledge source that never changes (command line, tests).</summary>
public sealed class StaticKnowledgeSource(KnowledgeBase knowledge) : IKnowledgeSource
{
    public KnowledgeBase Current { get; } = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
}
