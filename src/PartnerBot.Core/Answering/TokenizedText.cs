using System.Collections.Concurrent;
using PartnerBot.Core.Articles;
using PartnerBot.Core.Text;

namespace PartnerBot.Core.Answering;

/// <summary>A text's tokens with their Porter stems, computed once and reused.</summary>
internal sealed class TokenizedText
{
    private const int MaxCachedStems = 1_000_000;
    private static readonly ConcurrentDictionary<string, string> s_stems = new(StringComparer.Ordinal);
    private static int s_cached;

    private TokenizedText(string text, IReadOnlyList<Token> tokens, string[] stems)
    {
        Text = text;
        Tokens = tokens;
        Stems = stems;
        StemHashes = new int[stems.Length];
        for (var i = 0; i < stems.Length; i++) StemHashes[i] = stems[i].GetHashCode();
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public string[] Stems { get; }

    /// <summary>Each stem's <see cref="string.GetHashCode()"/>, for <see cref="FirstStemIndex"/> lookups without rehashing.</summary>
    public int[] StemHashes { get; }

    /// <summary>Sentences (character range and token range), split once on first use.</summary>
    public IReadOnlyList<(int Start, int Length, int FromToken, int ToToken)> Sentences => _sentences ??= SplitSentences();

    private IReadOnlyList<(int Start, int Length, int FromToken, int ToToken)>? _sentences;

    private List<(int Start, int Length, int FromToken, int ToToken)> SplitSentences()
    {
        var result = new List<(int, int, int, int)>();
        var t = 0;
        foreach (var (start, length) in SentenceSplitter.Split(Text))
        {
            while (t < Tokens.Count && Tokens[t].Start < start) t++;
            var from = t;
            while (t < Tokens.Count && Tokens[t].Start < start + length) t++;
            result.Add((start, length, from, t));
        }
        return result;
    }

    public static TokenizedText Create(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var stems = new string[tokens.Count];
        for (var i = 0; i < stems.Length; i++) stems[i] = Stem(tokens[i].Text);
        return new TokenizedText(text, tokens, stems);
    }

    /// <summary>Porter stem, memoised: the same words recur across passages and questions.</summary>
    public static string Stem(string word)
    {
        if (s_stems.TryGetValue(word, out var stem)) return stem;
        stem = PorterStemmer.Stem(word);
        // ConcurrentDictionary.Count takes every lock: keep our own count of what was added.
        if (Volatile.Read(ref s_cached) < MaxCachedStems && s_stems.TryAdd(word, stem)) Interlocked.Increment(ref s_cached);
        return stem;
    }
}
