namespace PartnerBot.Search;

/// <summary>
/// The FTS5 queries for the terms of one weight. Expressions hold only quoted words, never user syntax.
/// </summary>
/// <param name="Weight">Weight of the terms (1 for the user's own words); multiplies the group's BM25 scores.</param>
/// <param name="Conjunction">Every phrase ANDed, run first (it scores few rows); null for a single phrase.</param>
/// <param name="Disjunction">The rarest phrases ORed, within the row budget; run when the conjunction found too few.</param>
/// <param name="Phrases">All phrases of the group, rarest first.</param>
/// <param name="OnlyCommonWords">Every phrase is common: the disjunction only runs when the conjunction found nothing.</param>
/// <param name="UnrankedScore">
/// When set, the words are so common that bm25() would have to visit a large part of the index: the matches are
/// taken unranked (FTS5 stops after the limit) and all get this score (the BM25 of one occurrence of each phrase).
/// </param>
/// <param name="DisjunctionHoldsConjunction">
/// The disjunction holds every phrase, in the conjunction's order: each row the conjunction matches, the disjunction
/// matches with exactly the same bm25() score (bm25() sums over the expression's phrases in order).
/// </param>
/// <param name="ConjunctionBound">At most this many passages can match the conjunction (from the estimated counts).</param>
internal sealed record MatchGroup(
    double Weight,
    string? Conjunction,
    string Disjunction,
    IReadOnlyList<string> Phrases,
    bool OnlyCommonWords = false,
    double? UnrankedScore = null,
    bool DisjunctionHoldsConjunction = false,
    long ConjunctionBound = long.MaxValue);
