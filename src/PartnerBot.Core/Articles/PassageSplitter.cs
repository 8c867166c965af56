namespace PartnerBot.Core.Articles;

/// <summary>Cuts a long paragraph into passages of at most <see cref="MaxChars"/> characters at sentence ends.</summary>
/// <remarks>
/// Uses as few pieces as the limit allows, as even as possible (a 700-character paragraph becomes two of about 350,
/// not 600 + 100), and never cuts a sentence: one sentence longer than the limit is a passage on its own.
/// List items count as sentences.
/// </remarks>
internal static class PassageSplitter
{
    public const int MaxChars = 600;

    public static List<(int Start, int End)> Split(string text, int maxChars = MaxChars)
    {
        var result = new List<(int Start, int End)>();
        if (text.Length <= maxChars)
        {
            if (!string.IsNullOrWhiteSpace(text)) result.Add((0, text.Length));
            return result;
        }
        var units = SentenceSplitter.Split(text);
        if (units.Count == 0) return result;
        if (units[^1].End - units[0].Start <= maxChars)
        {
            result.Add((units[0].Start, units[^1].End));
            return result;
        }

        // cost[i]: best split of units[0..i) as (pieces, squared distance from the ideal piece length).
        var n = units.Count;
        var target = (double)(units[^1].End - units[0].Start) / Math.Ceiling((units[^1].End - units[0].Start) / (double)maxChars);
        var pieces = new int[n + 1];
        var spread = new double[n + 1];
        var from = new int[n + 1];
        for (var i = 1; i <= n; i++)
        {
            pieces[i] = int.MaxValue;
            for (var j = i - 1; j >= 0; j--)
            {
                var length = units[i - 1].End - units[j].Start;
                if (length > maxChars && j < i - 1) break;
                var p = pieces[j] + 1;
                var s = spread[j] + (length - target) * (length - target);
                if (p < pieces[i] || p == pieces[i] && s < spread[i])
                {
                    (pieces[i], spread[i], from[i]) = (p, s, j);
                }
            }
        }
        for (var i = n; i > 0; i = from[i])
        {
            result.Add((units[from[i]].Start, units[i - 1].End));
        }
        result.Reverse();
        return result;
    }
}
