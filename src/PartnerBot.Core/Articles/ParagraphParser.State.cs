using System.Runtime.CompilerServices;

namespace PartnerBot.Core.Articles;

internal static partial class ParagraphParser
{
    private sealed class State(string text, bool markdown)
    {
        private readonly List<(int Start, int End)> _block = [];
        private readonly MappedTextBuilder _builder = new();
        private readonly List<(int Start, int End)> _code = [];
        private int _gap;
        private bool _firstBlock = true;

        public List<Paragraph> Paragraphs { get; } = [];

        public void Blank()
        {
            FlushBlock();
            _gap++;
        }

        public void AddLine(int start, int end) => _block.Add((start, end));

        public void AddCodeLine(int start, int end)
        {
            if (!MappedTextBuilder.IsBlank(text.AsSpan(start, end - start))) _code.Add((start, end));
        }

        public void AddHeading(int start, int end)
        {
            var match = AtxMarks().Match(text, start, end - start);
            var from = start;
            var to = end;
            if (match.Success && match.Index == start) from = start + match.Length;
            var trailing = AtxMarks().Match(text, from, to - from);
            if (trailing.Success && trailing.Index > from && trailing.Index + trailing.Length == to) to = trailing.Index;
            AppendInline(from, to);
            Emit(ParagraphKind.MarkdownHeading, 1);
        }

        public bool TryTurnLastLineIntoHeading()
        {
            if (_block.Count == 0) return false;
            var (start, end) = _block[^1];
            _block.RemoveAt(_block.Count - 1);
            FlushBlock();
            AppendInline(start, end);
            Emit(ParagraphKind.MarkdownHeading, 1);
            return true;
        }

        public void FlushCode()
        {
            if (_code.Count == 0) return;
            foreach (var (start, end) in _code)
            {
                _builder.Break('\n', start - 1);
                _builder.Append(text, start, end);
            }
            Emit(ParagraphKind.Code, _code.Count);
            _code.Clear();
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void FlushBlock()
        {
            if (_block.Count == 0) return;
            var wrapped = !_firstBlock && _block.All(l => text.AsSpan(l.Start, l.End - l.Start).Trim().Length <= WrapWidth);
            _firstBlock = false;
            ParagraphKind? kind = null;
            var lines = 0;
            foreach (var (start, end) in _block)
            {
                var line = text.AsSpan(start, end - start);
                if (!HasLetterOrDigit(line))
                {
                    Close(ref kind, ref lines);
                    continue;
                }
                var bullet = IsBullet(line);
                var continuesItem = kind == ParagraphKind.List && wrapped && !bullet && char.IsWhiteSpace(line[0]);
                if (bullet && kind == ParagraphKind.List)
                {
                    _builder.Break('\n', start - 1);
                }
                else if (continuesItem || (!bullet && kind == ParagraphKind.Prose && wrapped))
                {
                    _builder.Break(' ', start - 1);
                }
                else
                {
                    Close(ref kind, ref lines);
                    kind = bullet ? ParagraphKind.List : ParagraphKind.Prose;
                }
                AppendInline(start, end);
                lines++;
            }
            Close(ref kind, ref lines);
            _block.Clear();
        }

        private static bool HasLetterOrDigit(ReadOnlySpan<char> line)
        {
            foreach (var c in line)
            {
                if (char.IsLetterOrDigit(c)) return true;
            }
            return false;
        }

        private void Close(ref ParagraphKind? kind, ref int lines)
        {
            if (kind is { } k) Emit(k, lines);
            kind = null;
            lines = 0;
        }

        private void Emit(ParagraphKind kind, int lines)
        {
            var paragraph = _builder.Build(kind, _gap, lines);
            if (paragraph is null) return;
            Paragraphs.Add(paragraph);
            _gap = 0;
        }

        // Appends one line; in Markdown, a blockquote marker goes and links keep only their text.
        private void AppendInline(int start, int end)
        {
            if (!markdown)
            {
                _builder.Append(text, start, end);
                return;
            }
            while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '>')) start++;
            var at = start;
            for (var m = MarkdownLink().Match(text, start, end - start); m.Success; m = m.NextMatch())
            {
                _builder.Append(text, at, m.Index);
                if (m.Groups[1].Length == 0) _builder.Append(text, m.Groups[2].Index, m.Groups[2].Index + m.Groups[2].Length);
                at = m.Index + m.Length;
            }
            _builder.Append(text, at, end);
        }
    }
}
