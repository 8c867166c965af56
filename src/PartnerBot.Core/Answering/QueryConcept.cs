namespace PartnerBot.Core.Answering;

/// <summary>One thing the question is about: a content word, a name or a phrase, with the forms it may take.</summary>
/// <param name="Text">The user's word (after typo correction), for messages.</param>
/// <param name="Forms">The word itself first, then aliases and related forms.</param>
/// <param name="Idf">How much the concept counts: the inverse document frequency of the user's word (or of its commonest present related form), times how specific the word is (names more, light verbs less).</param>
/// <param name="InCorpus">False when neither the word nor any related form occurs in any passage.</param>
/// <param name="Focus">True for the thing a "how many …" or "which …" question asks about: the answer should sit next to it.</param>
public sealed record QueryConcept(string Text, IReadOnlyList<QueryForm> Forms, double Idf, bool InCorpus, bool Focus = false)
{
    /// <summary>
    /// How surely the corpus speaks of the concept at all: 1 when the user's own word occurs, else the weight of
    /// the strongest related form that occurs (a weak synonym is weak evidence), 0 when nothing does.
    /// </summary>
    public double Presence { get; init; } = InCorpus ? 1.0 : 0.0;

    /// <summary>True for a name (a catalogue company or place, a run of capitalised words, a word no dictionary knows).</summary>
    public bool IsName { get; init; }
}
