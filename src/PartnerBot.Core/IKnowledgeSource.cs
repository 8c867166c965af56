namespace PartnerBot.Core;

/// <summary>Gives the current <see cref="KnowledgeBase"/>; the host swaps it when the corpus changes.</summary>
public interface IKnowledgeSource
{
    KnowledgeBase Current { get; }
}
