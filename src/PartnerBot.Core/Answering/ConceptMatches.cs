namespace PartnerBot.Core.Answering;

/// <summary>Where each concept of a query occurs in a tokenized text, and with what weight.</summary>
internal sealed class ConceptMatches
{
    private ConceptMatches(double[] bestWeight, List<(int Token, int Length, int Concept, double Weight)> hits)
    {
        BestWeight = bestWeight;
        Hits = hits;
    }

    /// <summary>Per concept, the weight of its best form found (0 when absent).</summary>
    public double[] BestWeight { get; }

    /// <summary>Every occurrence: first token index, token count, concept index, form weight; in text order.</summary>
    public List<(int Token, int Length, int Concept, double Weight)> Hits { get; }

    public static ConceptMatches Find(AnalyzedQuery query, TokenizedText text, int fromToken = 0, int toToken = int.MaxValue)
    {
        var concepts = query.Concepts;
        var best = new double[concepts.Count];
        var hits = new List<(int, int, int, double)>();
        var stems = text.Stems;
        var hashes = text.StemHashes;
        var end = Math.Min(toToken, stems.Length);
        var byStem = query.FormsByFirstStem;
        for (var i = fromToken; i < end; i++)
        {
            if (!byStem.TryGet(stems[i], hashes[i], out var candidates)) continue;
            var lastConcept = -1;
            foreach (var (c, f) in candidates)
            {
                // Forms come in concept order, best form first: one hit per concept and token.
                if (c == lastConcept) continue;
                var form = concepts[c].Forms[f];
                if (!StartsAt(stems, i, end, form.Stems)) continue;
                lastConcept = c;
                hits.Add((i, form.Stems.Length, c, form.Weight));
                if (form.Weight > best[c]) best[c] = form.Weight;
            }
        }
        return new ConceptMatches(best, hits);
    }

    /// <summary>The matches that lie in tokens [<paramref name="fromToken"/>, <paramref name="toToken"/>): a sentence of the text.</summary>
    public ConceptMatches Within(int fromToken, int toToken)
    {
        var best = new double[BestWeight.Length];
        var hits = new List<(int Token, int Length, int Concept, double Weight)>();
        foreach (var hit in Hits)
        {
            if (hit.Token < fromToken || hit.Token + hit.Length > toToken) continue;
            hits.Add(hit);
            if (hit.Weight > best[hit.Concept]) best[hit.Concept] = hit.Weight;
        }
        return new ConceptMatches(best, hits);
    }

    /// <summary>IDF-weighted share of the query's concepts found (0–1).</summary>
    public double Coverage(AnalyzedQuery query)
    {
        if (query.TotalIdf <= 0) return 0;
        double sum = 0;
        for (var c = 0; c < BestWeight.Length; c++) sum += query.Concepts[c].Idf * BestWeight[c];
        return sum / query.TotalIdf;
    }

    /// <summary>
    /// Smallest token window holding one occurrence of every concept found, or <see cref="int.MaxValue"/> when
    /// fewer than two concepts are found.
    /// </summary>
    public int SmallestWindow()
    {
        var distinct = BestWeight.Count(w => w > 0);
        if (distinct < 2) return int.MaxValue;
        var counts = new int[BestWeight.Length];
        var covered = 0;
        var best = int.MaxValue;
        var left = 0;
        for (var right = 0; right < Hits.Count; right++)
        {
            if (counts[Hits[right].Concept]++ == 0) covered++;
            while (covered == distinct)
            {
                var width = Hits[right].Token + Hits[right].Length - Hits[left].Token;
                best = Math.Min(best, width);
                if (--counts[Hits[left].Concept] == 0) covered--;
                left++;
            }
        }
        return best;
    }

    private static bool StartsAt(string[] stems, int at, int end, string[] phrase)
    {
        if (at + phrase.Length > end) return false;
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(stems[at + k], phrase[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
