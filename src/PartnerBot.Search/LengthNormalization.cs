using PartnerBot.Core.Articles;

namespace PartnerBot.Search;

/// <summary>
/// BM25's document-length normalisation, applied after FTS5 ranked the rows, because the index is built with
/// <c>columnsize=0</c> (see <see cref="IndexSchema"/>) and bm25() then scores as if every passage had length 0.
/// </summary>
/// <remarks>
/// For a term occurring once in a passage, BM25's term score is proportional to
/// 1 / (1 + k1·(1 − b + b·L)) with L the passage length over the average length; with length 0 it is
/// 1 / (1 + k1·(1 − b)). Multiplying by the ratio of the two restores exact BM25 for single occurrences and a
/// close approximation otherwise. Length is measured in characters (text, title and section, as bm25() counts
/// every column), which tracks token counts closely and costs nothing to compute at open.
/// </remarks>
internal static class LengthNormalization
{
    // FTS5's bm25() constants.
    private const double K1 = 1.2;
    private const double B = 0.75;

    public static float[] Factors(Corpus corpus)
    {
        var passages = corpus.Passages;
        var factors = new float[passages.Count];
        if (passages.Count == 0) return factors;

        double total = 0;
        var lengths = new int[passages.Count];
        for (var i = 0; i < passages.Count; i++)
        {
            var p = passages[i];
            lengths[i] = p.Text.Length + p.Article.Title.Length + (p.Section?.Length ?? 0);
            total += lengths[i];
        }
        var average = Math.Max(1.0, total / passages.Count);
        const double zeroLength = 1 + K1 * (1 - B);
        for (var i = 0; i < factors.Length; i++)
        {
            factors[i] = (float)(zeroLength / (1 + K1 * (1 - B + B * lengths[i] / average)));
        }
        return factors;
    }
}
