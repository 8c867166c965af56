namespace PartnerBot.Web.Models;

/// <summary>A matched term inside a snippet (UTF-16 offsets, as JavaScript strings count).</summary>
public sealed record HighlightModel(int Start, int Length);
