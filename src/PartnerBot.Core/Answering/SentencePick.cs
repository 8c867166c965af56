namespace PartnerBot.Core.Answering;

/// <summary>The chosen answer: its text, the passage it came from, and its character range in that passage.</summary>
internal sealed record SentencePick(RankedPassage Source, string Text, (int Start, int Length) Range);
