namespace PartnerBot.Core.Articles;

/// <summary>The optional leading <c>---</c> block of an article: simple <c>key: value</c> lines.</summary>
/// <param name="Title">Overrides the title line.</param>
/// <param name="Date">Overrides any date found in the text (when it parses).</param>
/// <param name="Url">Where the article was published.</param>
/// <param name="Source">The publisher's name.</param>
/// <param name="BodyStart">Offset where the article text starts after the block (0 when there is none).</param>
internal sealed record FrontMatter(string? Title, string? Date, string? Url, string? Source, int BodyStart)
{
    public static FrontMatter None { get; } = new(null, null, null, null, 0);

    public static FrontMatter Parse(string text, int start)
    {
        if (!IsFence(text, start, out var next)) return None with { BodyStart = start };
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = next;
        while (i < text.Length)
        {
            var end = text.IndexOf('\n', i);
            var lineEnd = end < 0 ? text.Length : end;
            if (IsFence(text, i, out var after)) return Build(values, after);
            var line = text.AsSpan(i, lineEnd - i).Trim();
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                var key = line[..colon].Trim().ToString();
                var value = Unquote(line[(colon + 1)..].Trim());
                if (value.Length > 0) values.TryAdd(key, value);
            }
            i = lineEnd + 1;
        }
        return None with { BodyStart = start }; // no closing fence: not front matter, just text that starts with dashes
    }

    private static FrontMatter Build(Dictionary<string, string> values, int bodyStart) => new(
        values.GetValueOrDefault("title"),
        values.GetValueOrDefault("date"),
        values.GetValueOrDefault("url"),
        values.GetValueOrDefault("source"),
        bodyStart);

    private static bool IsFence(string text, int start, out int next)
    {
        var end = text.IndexOf('\n', start);
        var lineEnd = end < 0 ? text.Length : end;
        next = end < 0 ? text.Length : end + 1;
        return text.AsSpan(start, lineEnd - start).TrimEnd() is "---";
    }

    private static string Unquote(ReadOnlySpan<char> value)
    {
        if (value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\''))
        {
            value = value[1..^1].Trim();
        }
        return value.ToString();
    }
}
