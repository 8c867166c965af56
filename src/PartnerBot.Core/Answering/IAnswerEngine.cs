namespace PartnerBot.Core.Answering;

/// <summary>Answers a free-text question from the indexed articles, with citations, or abstains.</summary>
public interface IAnswerEngine
{
    Answer Ask(string question, CancellationToken cancellationToken = default);
}
