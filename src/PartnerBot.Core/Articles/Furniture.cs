using System.Collections.Frozen;

namespace PartnerBot.Core.Articles;

/// <summary>Recognises scraped page furniture: navigation, image placeholders, counters, comment forms.</summary>
/// <remarks>
/// The rules are about the shape of a line, not about particular articles: a "stub" is a very short line that is
/// not a sentence and reads like an interface label (starts in lower case like alt text, starts with an interface
/// verb, or has no letters). Stubs are removed only at the edges of an article, where scrapers leave them; the
/// handful of exact phrases below are removed anywhere. A comment form or newsletter box in the second half of an
/// article ends the article.
/// </remarks>
internal static class Furniture
{
    public const int StubMaxChars = 30;
    public const int StubMaxWords = 4;

    private static readonly FrozenSet<string> s_interfaceWords = FrozenSet.ToFrozenSet(
    [
        "return", "back", "skip", "jump", "go", "share", "print", "email", "e-mail", "subscribe", "follow", "sign",
        "log", "login", "logout", "register", "click", "tap", "read", "next", "previous", "prev", "home", "menu",
        "search", "close", "accept", "reject", "tweet", "like", "download", "view", "toggle", "open", "copy",
        "loading", "advertisement", "cookie", "cookies", "image", "photo", "video", "comments",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> s_phrases = FrozenSet.ToFrozenSet(
    [
        "broken image", "image", "web page counter", "page counter", "hit counter", "advertisement",
        "return to site", "back to top", "skip to content", "skip to main content", "share this", "share",
        "share this article", "share this page", "print this page", "read more", "loading",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] s_footerStarts =
    [
        "leave a reply", "leave a comment", "post a comment", "post comment", "add a comment",
        "your email address will not be published", "required fields are marked", "comments are closed",
        "subscribe to our newsletter", "sign up for our newsletter", "related posts", "related articles",
        "you may also like", "share this:", "this entry was posted in", "cancel reply",
    ];

    /// <summary>A line that is exactly a well-known piece of furniture ("broken image", "Back to top").</summary>
    public static bool IsKnownPhrase(string line) =>
        line.Length <= StubMaxChars && s_phrases.Contains(line.Trim().TrimEnd('.', ':', '…', '>', '»', '›').Trim());

    /// <summary>A very short, non-sentence line that reads like an interface label rather than a title or heading.</summary>
    /// <param name="paragraph">The line.</param>
    /// <param name="lowerCaseCounts">
    /// Whether a lower-case start ("broken image") marks a stub. Not before the title: a title may be a lower-case
    /// name ("sm501fb", "iPhone sales").
    /// </param>
    public static bool IsStub(Paragraph paragraph, bool lowerCaseCounts = true)
    {
        var text = paragraph.Text;
        if (paragraph.Kind != ParagraphKind.Prose || paragraph.LineCount > 1) return false;
        if (IsKnownPhrase(text)) return true;
        if (text.Length > StubMaxChars || SentenceSplitter.EndsSentence(text)) return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > StubMaxWords) return false;
        if (!text.Any(char.IsLetter)) return true;
        var first = text.First(char.IsLetterOrDigit);
        return lowerCaseCounts && char.IsLower(first) || s_interfaceWords.Contains(words[0].Trim(':', '»', '›', '<', '«'));
    }

    private static readonly string[] s_cookiePhrases =
    [
        "we use cookies", "uses cookies", "use of cookies", "cookie policy", "cookie settings", "cookie preferences",
        "accept cookies", "accept all cookies",
    ];

    /// <summary>A cookie-consent banner: short text about the site's cookies (removed at the edges of an article).</summary>
    public static bool IsCookieNotice(Paragraph paragraph)
    {
        if (paragraph.Text.Length > 300) return false;
        foreach (var phrase in s_cookiePhrases)
        {
            if (paragraph.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Page furniture at the edge of an article: a stub or a cookie banner.</summary>
    public static bool IsEdgeFurniture(Paragraph paragraph, bool lowerCaseCounts = true) =>
        IsStub(paragraph, lowerCaseCounts) || IsCookieNotice(paragraph);

    /// <summary>The start of a comment form, newsletter box or "related posts" list.</summary>
    public static bool IsFooterStart(Paragraph paragraph)
    {
        if (paragraph.Text.Length > 200) return false;
        foreach (var start in s_footerStarts)
        {
            if (paragraph.Text.StartsWith(start, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
