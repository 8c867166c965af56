namespace PartnerBot.Core.Articles;

/// <summary>A sentence inside a text: <c>text.Substring(Start, Length)</c>, trimmed of surrounding white space.</summary>
public readonly record struct SentenceSpan(int Start, int Length)
{
    /// <summary>Offset just past the sentence.</summary>
    public int End => Start + Length;

    /// <summary>The sentence's text in <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);
}
