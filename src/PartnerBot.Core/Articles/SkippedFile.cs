namespace PartnerBot.Core.Articles;

/// <summary>A corpus file that was not indexed, with the reason a person can act on.</summary>
public sealed record SkippedFile(string File, string Reason);
