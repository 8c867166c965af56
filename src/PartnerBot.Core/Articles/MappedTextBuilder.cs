using System.Text;

namespace PartnerBot.Core.Articles;

/// <summary>Builds tidied paragraph text while remembering where each character came from.</summary>
/// <remarks>
/// Runs of white space (including no-break spaces, which scraped pages sprinkle around) become one space;
/// nothing else is changed, so curly quotes, dashes and bullets are displayed as written.
/// </remarks>
internal sealed class MappedTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = [];
    private bool _pendingSpace;

    public int Length => _text.Length;

    /// <summary>Appends <paramref name="source"/>[start..end), collapsing white space.</summary>
    public void Append(string source, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c))
            {
                if (_text.Length > 0 && _text[^1] is not ('\n' or ' ')) _pendingSpace = true;
                continue;
            }
            if (_pendingSpace)
            {
                _text.Append(' ');
                _offsets.Add(i - 1);
                _pendingSpace = false;
            }
            _text.Append(c);
            _offsets.Add(i);
        }
    }

    /// <summary>Ends the current line: the next text starts after <paramref name="separator"/> (' ' or '\n').</summary>
    public void Break(char separator, int sourceOffset)
    {
        _pendingSpace = false;
        if (_text.Length == 0 || _text[^1] == separator) return;
        _text.Append(separator);
        _offsets.Add(sourceOffset);
    }

    public Paragraph? Build(ParagraphKind kind, int gapBefore, int lineCount)
    {
        while (_text.Length > 0 && char.IsWhiteSpace(_text[^1]))
        {
            _text.Length--;
            _offsets.RemoveAt(_offsets.Count - 1);
        }
        var paragraph = _text.Length == 0
            ? null
            : new Paragraph(_text.ToString(), [.. _offsets], kind, gapBefore, lineCount);
        _text.Clear();
        _offsets.Clear();
        _pendingSpace = false;
        return paragraph;
    }
}
