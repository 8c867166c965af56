namespace PartnerBot.Search;

/// <summary>Tuning for <see cref="SqlitePassageIndexFactory"/>: BM25 column weights and the common-term cut-off.</summary>
/// <remarks>
/// The title repeats on every passage of an article, so it helps rank an article's passages above others but must
/// not let a title word outweigh the passage text itself; the section heading is shorter and more specific.
/// </remarks>
public sealed record SqliteSearchOptions
{
    /// <summary>The defaults used when no options are given.</summary>
    public static SqliteSearchOptions Default { get; } = new();

    /// <summary>BM25 weight of the passage text column.</summary>
    public double TextWeight { get; init; } = 1.0;

    /// <summary>BM25 weight of the article title column (repeated on every passage of the article).</summary>
    public double TitleWeight { get; init; } = 0.6;

    /// <summary>BM25 weight of the section heading column.</summary>
    public double SectionWeight { get; init; } = 0.8;

    /// <summary>
    /// A word in more than this fraction of passages is "common": it is left out of the full-text match when the
    /// query has rarer words, because FTS5 scores every row that matches and common words match most of the index.
    /// </summary>
    public double CommonTermFraction { get; init; } = 0.05;

    /// <summary>
    /// A word is only ever treated as common when it occurs in at least this many passages, so small corpora
    /// (a handful of articles) always match every query word.
    /// </summary>
    public int CommonTermMinimumPassages { get; init; } = 1000;

    /// <summary>
    /// Rows (estimated) an OR query may match: bm25() costs about a microsecond per matching row, so this bounds
    /// the time of a query whose words do not all occur together. The rarest phrase is always included.
    /// </summary>
    public int RowBudget { get; init; } = 1500;

    /// <summary>
    /// When every query word is common, the most rows their passage lists may hold together for a ranked match;
    /// above it the matches are taken unranked (bm25() would walk every one of those rows).
    /// </summary>
    public int CommonRowLimit { get; init; } = 20_000;

    /// <summary>How many candidates each weight group fetches before the weighted merge (at least the query limit).</summary>
    public int CandidatesPerGroup { get; init; } = 60;

    /// <summary>
    /// Passages matching every word that are enough on their own: with at least this many, the OR of the rarest
    /// words (passages matching only some words, which rank below these anyway) is not run.
    /// </summary>
    public int EnoughConjunctionHits { get; init; } = 10;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting that cannot work.</summary>
    internal void Validate()
    {
        Check(TextWeight, nameof(TextWeight));
        Check(TitleWeight, nameof(TitleWeight));
        Check(SectionWeight, nameof(SectionWeight));
        if (!(CommonTermFraction is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(CommonTermFraction), CommonTermFraction, "Must be above 0 and at most 1.");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(CommonTermMinimumPassages, nameof(CommonTermMinimumPassages));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(RowBudget, nameof(RowBudget));
        ArgumentOutOfRangeException.ThrowIfNegative(CommonRowLimit, nameof(CommonRowLimit));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(CandidatesPerGroup, nameof(CandidatesPerGroup));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(EnoughConjunctionHits, nameof(EnoughConjunctionHits));

        static void Check(double weight, string name)
        {
            if (!double.IsFinite(weight) || weight < 0)
            {
                throw new ArgumentOutOfRangeException(name, weight, "A BM25 column weight must be a finite number, 0 or more.");
            }
        }
    }
}
