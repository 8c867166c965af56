using PartnerBot.Core.Articles;

namespace PartnerBot.Core.Answering;

/// <summary>A candidate passage after re-ranking.</summary>
/// <param name="Passage">The passage.</param>
/// <param name="Text">Its tokens and stems.</param>
/// <param name="Body">Concept matches in its text.</param>
/// <param name="ContextWeight">Per concept, the best weight found in the text, section heading or title.</param>
/// <param name="Coverage">IDF-weighted share of the question covered by <paramref name="ContextWeight"/>.</param>
/// <param name="Score">Final ranking score (coverage, proximity, index relevance).</param>
/// <param name="Relevance">The index's own score, relative to the best candidate's (0–1).</param>
internal sealed record RankedPassage(
    Passage Passage,
    TokenizedText Text,
    ConceptMatches Body,
    double[] ContextWeight,
    double Coverage,
    double Score,
    double Relevance = 0);
