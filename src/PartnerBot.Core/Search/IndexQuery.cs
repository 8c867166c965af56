namespace PartnerBot.Core.Search;

/// <summary>A query for the passage index: plain terms and phrases, never query syntax.</summary>
/// <param name="Terms">Weighted terms. Each is plain text (a word or a multi-word phrase); the index quotes it.</param>
/// <param name="Limit">Maximum number of hits to return.</param>
public sealed record IndexQuery(IReadOnlyList<QueryTerm> Terms, int Limit = 30);

/// <summary>One term of an <see cref="IndexQuery"/>.</summary>
/// <param name="Text">A word or phrase in plain text (lower case); never interpreted as FTS5 syntax.</param>
/// <param name="Weight">1.0 for the user's own words; lower for expansions (aliases, synonyms, derived forms).</param>
/// <param name="Concept">
/// Terms with the same non-negative concept number are alternatives for one thing ("alibaba" or "alicloud"): an
/// index that first looks for passages matching every concept needs one of them, not all. -1: a concept of its own.
/// </param>
public sealed record QueryTerm(string Text, double Weight = 1.0, int Concept = -1);
