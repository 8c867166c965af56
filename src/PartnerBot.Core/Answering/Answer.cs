namespace PartnerBot.Core.Answering;

/// <summary>The answer engine's result for one question.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Text">The answer sentence(s), at most 400 characters; when abstaining, the "not covered" message.</param>
/// <param name="Abstained">True when the articles do not answer the question; then <paramref name="Citations"/> is empty.</param>
/// <param name="Corrected">The corrected query ("showing results for …") when a typo was fixed; otherwise null.</param>
/// <param name="Citations">Up to three cited passages, best first.</param>
/// <param name="MoreCitations">Further passages, for "More sources".</param>
/// <param name="Suggestions">Topics the articles do cover (used mostly when abstaining).</param>
public sealed record Answer(
    string Question,
    string Text,
    bool Abstained,
    string? Corrected,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<Citation> MoreCitations,
    IReadOnlyList<string> Suggestions);
