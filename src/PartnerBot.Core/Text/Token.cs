namespace PartnerBot.Core.Text;

/// <summary>A token of a text.</summary>
/// <param name="Text">The folded, lower-case token (possessive 's dropped).</param>
/// <param name="Start">Offset of the token in the original string.</param>
/// <param name="Length">Length of the token in the original string (may differ from <see cref="Text"/>'s).</param>
/// <param name="Kind">Word, number or Han run.</param>
public readonly record struct Token(string Text, int Start, int Length, TokenKind Kind = TokenKind.Word)
{
    /// <summary>Offset just past the token in the original string.</summary>
    public int End => Start + Length;

    /// <summary>True for numbers such as "2025", "80,000" and "3.4".</summary>
    public bool IsNumeric => Kind == TokenKind.Number;
}
