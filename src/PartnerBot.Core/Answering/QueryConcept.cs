namespace PartnerBot.Core.Answering;

/// <summary>One thing the question is about: a content word, a name or a phrase, with the forms it may take.</summary>
/// <param name="Text">The user's word (after typo correction), for messages.</param>
/// <param name="Forms">The word itself first, then aliases and related forms.</param>
/// <param name="Idf">How rare the concept is in the corpus (inverse document frequency of its rarest present form).</param>
/// <param name="InCorpus">False when neither the word nor any related form occurs in any passage.</param>
public sealed record QueryConcept(string Text, IReadOnlyList<QueryForm> Forms, double Idf, bool InCorpus);
