using System.Runtime.CompilerServices;

namespace PartnerBot.Core.Articles;

/// <summary>Builds tidied paragraph text while remembering where each character came from.</summary>
/// <remarks>
/// Runs of white space (including no-break spaces, which scraped pages sprinkle around) become one space;
/// invisible characters go; nothing else is changed, so curly quotes, dashes and bullets are displayed as written.
/// Plain arrays rather than a StringBuilder: this runs once per character of the corpus.
/// </remarks>
internal sealed class MappedTextBuilder
{
    private char[] _chars = new char[1024];
    private int[] _offsets = new int[1024];
    private int _length;
    private bool _pendingSpace;

    public int Length => _length;

    /// <summary>Appends <paramref name="source"/>[start..end), collapsing white space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Append(string source, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = source[i];
            if (IsInvisible(c)) continue;
            if (char.IsWhiteSpace(c))
            {
                if (_length > 0 && _chars[_length - 1] is not ('\n' or ' ')) _pendingSpace = true;
                continue;
            }
            if (_pendingSpace)
            {
                Put(' ', i - 1);
                _pendingSpace = false;
            }
            Put(c, i);
        }
    }

    /// <summary>Ends the current line: the next text starts after <paramref name="separator"/> (' ' or '\n').</summary>
    public void Break(char separator, int sourceOffset)
    {
        _pendingSpace = false;
        if (_length == 0 || _chars[_length - 1] == separator) return;
        Put(separator, sourceOffset);
    }

    public Paragraph? Build(ParagraphKind kind, int gapBefore, int lineCount)
    {
        while (_length > 0 && char.IsWhiteSpace(_chars[_length - 1])) _length--;
        var paragraph = _length == 0
            ? null
            : new Paragraph(new string(_chars, 0, _length), _offsets[.._length], kind, gapBefore, lineCount);
        _length = 0;
        _pendingSpace = false;
        return paragraph;
    }

    /// <summary>Zero-width spaces and joiners, soft hyphens and stray BOMs: invisible, so dropped.</summary>
    public static bool IsInvisible(char c) => c is '\u200b' or '\u200c' or '\u200d' or '\u2060' or '\ufeff' or '\u00ad';

    /// <summary>True when the line shows nothing: only white space and invisible characters.</summary>
    public static bool IsBlank(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c) && !IsInvisible(c)) return false;
        }
        return true;
    }

    private void Put(char c, int offset)
    {
        if (_length == _chars.Length)
        {
            Array.Resize(ref _chars, _length * 2);
            Array.Resize(ref _offsets, _length * 2);
        }
        _chars[_length] = c;
        _offsets[_length] = offset;
        _length++;
    }
}
