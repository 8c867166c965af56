using PartnerBot.Core.Articles;
using PartnerBot.Core.Text;

namespace PartnerBot.Core.Answering;

/// <summary>
/// Picks the sentence(s) that answer the question from the best passages: question coverage within the
/// sentence, closeness of the matched words, and answer-type cues (numbers for "how many", names for "who", …).
/// </summary>
internal sealed class SentencePicker(AnswerOptions options)
{
    private const int PassagesConsidered = 5;
    private const double ContextCredit = 0.6;
    private const double CueBonus = 0.25;
    private const double PassageBonus = 0.3;
    private const int FocusReach = 3;
    private const double CentralShare = 0.25;

    /// <summary>Every candidate sentence with its score, best first (for explanations).</summary>
    public IEnumerable<(double Score, string Sentence)> Scores(AnalyzedQuery query, IReadOnlyList<RankedPassage> ranked) =>
        Candidates(query, ranked)
            .SelectMany(p => Sentences(p).Select(s => (ScoreSentence(query, p, s), p.Passage.Text.Substring(s.Start, s.Length))))
            .OrderByDescending(x => x.Item1);

    public SentencePick Pick(AnalyzedQuery query, IReadOnlyList<RankedPassage> ranked)
    {
        var best = default(Scored);
        foreach (var passage in Candidates(query, ranked))
        {
            var sentences = Sentences(passage);
            for (var s = 0; s < sentences.Count; s++)
            {
                var score = ScoreSentence(query, passage, sentences[s]);
                if (best.Passage is null || score > best.Score) best = new Scored(passage, sentences, s, score);
            }
        }
        return Extend(query, best);
    }

    /// <summary>The passages an answer may come from: the leading ones, close in score to the best.</summary>
    private static IEnumerable<RankedPassage> Candidates(AnalyzedQuery query, IReadOnlyList<RankedPassage> ranked)
    {
        var top = ranked[0].Score;
        foreach (var passage in ranked.Take(PassagesConsidered))
        {
            if (passage.Score < top - 0.3) yield break;
            if (passage != ranked[0] && LacksCentral(query, ranked[0], passage)) continue;
            yield return passage;
        }
    }

    /// <summary>
    /// The answer may come from another passage only if it speaks of everything the best one does that carries a
    /// large part of the question (names or not: this only narrows where the answer comes from).
    /// </summary>
    private static bool LacksCentral(AnalyzedQuery query, RankedPassage best, RankedPassage other)
    {
        for (var c = 0; c < query.Concepts.Count; c++)
        {
            if (query.Concepts[c].Idf >= CentralShare * query.TotalIdf
                && best.ContextWeight[c] >= AnswerEngine.WeakEvidence
                && other.ContextWeight[c] <= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static IReadOnlyList<(int Start, int Length, int FromToken, int ToToken)> Sentences(RankedPassage passage) =>
        passage.Text.Sentences;

    private static double ScoreSentence(AnalyzedQuery query, RankedPassage passage, (int Start, int Length, int From, int To) sentence)
    {
        var matches = passage.Body.Within(sentence.From, sentence.To);
        double covered = 0;
        for (var c = 0; c < query.Concepts.Count; c++)
        {
            covered += query.Concepts[c].Idf * Math.Max(matches.BestWeight[c], ContextCredit * passage.ContextWeight[c]);
        }
        var coverage = query.TotalIdf > 0 ? covered / query.TotalIdf : 0;
        var window = matches.SmallestWindow();
        var proximity = window == int.MaxValue ? 0 : 1.0 / (1 + (window / 10.0));
        var cue = HasCue(query, passage, matches, sentence.From, sentence.To) ? CueBonus : 0;
        var shortPenalty = sentence.Length < 40 ? 0.15 : 0;
        return coverage + cue + (0.1 * proximity) + (PassageBonus * passage.Score) - shortPenalty;
    }

    /// <summary>Does the sentence carry the kind of thing the question asks for, beyond the question's own words?</summary>
    private static bool HasCue(AnalyzedQuery query, RankedPassage passage, ConceptMatches matches, int from, int to)
    {
        if (query.Type == AnswerType.Any) return false;
        var matched = new HashSet<int>();
        foreach (var hit in matches.Hits)
        {
            for (var k = 0; k < hit.Length; k++) matched.Add(hit.Token + k);
        }
        var tokens = passage.Text.Tokens;
        var text = passage.Passage.Text;
        // With a focus ("how many meetings"), the cue must stand right beside it ("five government meetings"):
        // beside the run of question words that holds the focus, so "local authority leaders from Leeds" counts.
        var hasFocus = query.Concepts.Any(c => c.Focus && c.InCorpus);
        var spans = new List<(int First, int Last)>();
        foreach (var hit in matches.Hits.Where(h => query.Concepts[h.Concept].Focus))
        {
            var first = hit.Token;
            var last = hit.Token + hit.Length - 1;
            while (matched.Contains(first - 1)) first--;
            while (matched.Contains(last + 1)) last++;
            spans.Add((first, last));
        }
        if (hasFocus && spans.Count == 0) return false;
        for (var i = from; i < to; i++)
        {
            if (matched.Contains(i)) continue;
            if (hasFocus && !spans.Any(s => i >= s.First - FocusReach && i <= s.Last + FocusReach)) continue;
            var word = tokens[i].Text;
            var original = text[tokens[i].Start];
            var capitalised = char.IsUpper(original) && i > from;
            switch (query.Type)
            {
                case AnswerType.Number when char.IsDigit(word[0]) || AnswerCues.IsNumberWord(word):
                case AnswerType.Date when AnswerCues.IsYear(word) || AnswerCues.IsDateWord(word):
                case AnswerType.Person or AnswerType.Organisation or AnswerType.Place when capitalised && !StopWords.IsStopWord(word):
                    return true;
            }
        }
        return false;
    }

    /// <summary>Adds a neighbouring sentence when it holds question words the chosen one lacks, within the length limit.</summary>
    private SentencePick Extend(AnalyzedQuery query, Scored best)
    {
        var sentences = best.Sentences;
        var first = best.Index;
        var last = best.Index;
        var have = best.Passage.Body.Within(sentences[first].FromToken, sentences[last].ToToken).BestWeight;
        foreach (var neighbour in new[] { best.Index - 1, best.Index + 1 })
        {
            if (neighbour < 0 || neighbour >= sentences.Count) continue;
            var extra = best.Passage.Body.Within(sentences[neighbour].FromToken, sentences[neighbour].ToToken).BestWeight;
            var gains = Enumerable.Range(0, have.Length).Any(c => extra[c] > have[c] && query.Concepts[c].Idf > 0);
            var from = Math.Min(first, neighbour);
            var to = Math.Max(last, neighbour);
            var length = sentences[to].Start + sentences[to].Length - sentences[from].Start;
            if (!gains || length > options.MaxAnswerLength) continue;
            first = from;
            last = to;
            for (var c = 0; c < have.Length; c++) have[c] = Math.Max(have[c], extra[c]);
        }
        var start = sentences[first].Start;
        var end = sentences[last].Start + sentences[last].Length;
        var text = Snippets.Exact(best.Passage, start, end - start, options.MaxAnswerLength, out var range);
        return new SentencePick(best.Passage, text, range);
    }

    private readonly record struct Scored(
        RankedPassage Passage,
        IReadOnlyList<(int Start, int Length, int FromToken, int ToToken)> Sentences,
        int Index,
        double Score);
}
