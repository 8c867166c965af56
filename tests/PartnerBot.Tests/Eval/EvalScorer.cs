using System.Text.Json;
using System.Text.RegularExpressions;
using PartnerBot.Core.Answering;

namespace PartnerBot.Tests.Eval;

/// <summary>Scores answers by the rules of the evaluation README: hit@1, hit@3, abstention.</summary>
internal static partial class EvalScorer
{
    public static IReadOnlyList<EvalQuestion> Load(string path) =>
        File.ReadLines(path)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonSerializer.Deserialize<EvalQuestion>(l, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!)
            .ToList();

    /// <summary>Lower-case, curly quotes folded to straight ones, white space collapsed.</summary>
    public static string Normalise(string text) =>
        Spaces().Replace(text.ToLowerInvariant().Replace('‘', '\'').Replace('’', '\'').Replace('“', '"').Replace('”', '"'), " ").Trim();

    public static bool HitAt1(Answer answer, EvalQuestion q) => !answer.Abstained && Contains(answer.Text, q.Answers);

    public static bool HitAt3(Answer answer, EvalQuestion q) =>
        HitAt1(answer, q) || (!answer.Abstained && answer.Citations.Take(3).Any(c => Contains(c.Snippet, q.Answers)));

    public static bool AbstainedCorrectly(Answer answer) => answer.Abstained && answer.Citations.Count == 0;

    private static bool Contains(string text, IReadOnlyList<string> answers)
    {
        var normalised = Normalise(text);
        return answers.Any(a => normalised.Contains(Normalise(a), StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>One evaluation question.</summary>
internal sealed record EvalQuestion(string Id, string Q, IReadOnlyList<string> Answers, string? Kind)
{
    public bool Answerable => Answers.Count > 0;
}
