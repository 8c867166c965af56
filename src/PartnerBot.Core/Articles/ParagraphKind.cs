namespace PartnerBot.Core.Articles;

/// <summary>What a paragraph looks like before any rule gives it a role.</summary>
internal enum ParagraphKind
{
    /// <summary>Ordinary text (one line, or hard-wrapped lines joined with spaces).</summary>
    Prose,

    /// <summary>Consecutive bullet or numbered items, one per line.</summary>
    List,

    /// <summary>A Markdown <c>#</c> or underlined heading.</summary>
    MarkdownHeading,

    /// <summary>A fenced Markdown code block, lines kept.</summary>
    Code,
}
