namespace PartnerBot.Core.Answering;

/// <summary>A question after analysis: its concepts, what kind of answer it wants, and any typo corrections.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Concepts">Content concepts, in question order.</param>
/// <param name="Type">Answer type read from the question words.</param>
/// <param name="Corrected">The question with corrected words, when a typo was corrected; else null.</param>
public sealed record AnalyzedQuery(string Question, IReadOnlyList<QueryConcept> Concepts, AnswerType Type, string? Corrected)
{
    /// <summary>Sum of the concepts' IDF: the denominator of every coverage score.</summary>
    public double TotalIdf { get; } = Concepts.Sum(c => c.Idf);

    /// <summary>
    /// The forms by their first stem, in concept then form order, so matching a text costs one lookup per token.
    /// </summary>
    internal FirstStemIndex FormsByFirstStem { get; } = new(Concepts);
}
