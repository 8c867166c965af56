namespace PartnerBot.Core.Language;

/// <summary>A two-column table (<c>key TAB value</c>, '#' comments) looked up by binary search over the raw text.</summary>
/// <remarks>
/// Loading only finds the line starts (one vectorised pass), so a table of a few MB is ready in milliseconds and
/// costs no per-entry allocation; values are parsed when asked for. Keys are sorted ordinally here when the file is
/// not already sorted (the derived tables are), so hand-edited files still work.
/// </remarks>
internal sealed class TermTable
{
    private readonly string _text;
    private readonly int[] _lineStarts;

    public TermTable(string text)
    {
        _text = text;
        var starts = new List<int>(text.Length / 40);
        var position = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0) end = text.Length;
            if (end > position && text[position] != '#' && text.AsSpan(position, end - position).Contains('\t'))
            {
                starts.Add(position);
            }
            position = end + 1;
        }
        _lineStarts = [.. starts];
        if (!IsSorted()) Array.Sort(_lineStarts, (a, b) => Key(a).SequenceCompareTo(Key(b)));
    }

    /// <summary>Number of entries.</summary>
    public int Count => _lineStarts.Length;

    /// <summary>The value of <paramref name="key"/>, or an empty span when the table has no such key.</summary>
    public ReadOnlySpan<char> Find(ReadOnlySpan<char> key)
    {
        var low = 0;
        var high = _lineStarts.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var comparison = Key(_lineStarts[middle]).SequenceCompareTo(key);
            if (comparison == 0) return Value(_lineStarts[middle]);
            if (comparison < 0) low = middle + 1;
            else high = middle - 1;
        }
        return [];
    }

    /// <summary>True when the table has <paramref name="key"/>.</summary>
    public bool Contains(ReadOnlySpan<char> key) => !Find(key).IsEmpty;

    /// <summary>Every (key, value) pair, in key order.</summary>
    public IEnumerable<(string Key, string Value)> Entries()
    {
        foreach (var start in _lineStarts) yield return (Key(start).ToString(), Value(start).ToString());
    }

    private ReadOnlySpan<char> Key(int start)
    {
        var line = _text.AsSpan(start);
        return line[..line.IndexOf('\t')];
    }

    private ReadOnlySpan<char> Value(int start)
    {
        var line = _text.AsSpan(start);
        line = line[(line.IndexOf('\t') + 1)..];
        var end = line.IndexOfAny('\n', '\r');
        return end < 0 ? line : line[..end];
    }

    private bool IsSorted()
    {
        for (var i = 1; i < _lineStarts.Length; i++)
        {
            if (Key(_lineStarts[i - 1]).SequenceCompareTo(Key(_lineStarts[i])) > 0) return false;
        }
        return true;
    }
}
