namespace PartnerBot.Core.Answering;

/// <summary>A matched term inside a snippet: renderers make it bold (after escaping the text around it).</summary>
public readonly record struct Highlight(int Start, int Length);
