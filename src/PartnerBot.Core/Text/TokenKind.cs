namespace PartnerBot.Core.Text;

/// <summary>What a <see cref="Token"/> is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly mixed with digits ("geely", "5g", "1980s").</summary>
    Word,

    /// <summary>Digits, possibly with inner ',' or '.' separators ("2025", "80,000", "3.4").</summary>
    Number,

    /// <summary>A run of Han (Chinese) characters ("阿里巴巴").</summary>
    Han,
}
