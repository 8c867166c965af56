namespace PartnerBot.Core.Answering;

/// <summary>One way a concept may appear in a passage: a word or phrase, as stems, with a weight.</summary>
/// <param name="Text">Folded plain text of the word or phrase (what is sent to the index).</param>
/// <param name="Stems">Porter stems of its words, matched consecutively in passages.</param>
/// <param name="Weight">1 for the user's own word; lower for aliases, derived forms and synonyms.</param>
public sealed record QueryForm(string Text, string[] Stems, double Weight);
