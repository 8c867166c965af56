namespace PartnerBot.Core.Text;

/// <summary>Optimal-string-alignment edit distance (Levenshtein plus adjacent transpositions: "hisnese" → "hisense" is 1).</summary>
public static class EditDistance
{
    private const int MaxStackLength = 128;

    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <c>max + 1</c> as soon as it must exceed <paramref name="max"/>.</summary>
    public static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max = int.MaxValue)
    {
        if (max < 0) max = 0;
        var cap = max == int.MaxValue ? max : max + 1;
        if (Math.Abs(a.Length - b.Length) > max) return cap;
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;

        var width = b.Length + 1;
        var rented = width * 3 > MaxStackLength * 3 ? new int[width * 3] : null;
        Span<int> rows = rented is null ? stackalloc int[width * 3] : rented;
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++) previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }
            if (rowMinimum > max) return cap;
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        var distance = previous[width - 1];
        return distance > max ? cap : distance;
    }
}
