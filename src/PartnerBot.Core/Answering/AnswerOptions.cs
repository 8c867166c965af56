namespace PartnerBot.Core.Answering;

/// <summary>Tuning of answer selection and confidence. The defaults were chosen on the development questions.</summary>
public sealed record AnswerOptions
{
    /// <summary>Passages fetched from the index before re-ranking.</summary>
    public int Candidates { get; init; } = 20;

    /// <summary>Abstain when this share (IDF-weighted) of the question's concepts occurs nowhere in the corpus.</summary>
    public double MaxMissingShare { get; init; } = 0.3;

    /// <summary>Abstain when the best passage covers less than this share (IDF-weighted) of the question.</summary>
    public double MinCoverage { get; init; } = 0.4;

    /// <summary>Longest answer text, in characters.</summary>
    public int MaxAnswerLength { get; init; } = 400;

    /// <summary>Longest snippet, in characters.</summary>
    public int MaxSnippetLength { get; init; } = 300;

    /// <summary>Citations shown with the answer.</summary>
    public int MaxCitations { get; init; } = 3;

    /// <summary>Further citations kept for "More sources".</summary>
    public int MaxMoreCitations { get; init; } = 5;

    /// <summary>Answers remembered per corpus snapshot, so a repeated question is answered at once; 0 turns it off.</summary>
    public int CacheSize { get; init; } = 1024;
}
