using PartnerBot.TestSupport;

namespace PartnerBot.Tests.Eval;

/// <summary>
/// Checks the evaluation question files themselves (not the engine): they parse, ids are unique, every expected
/// answer really occurs in the seed articles under the scoring normalisation, and unanswerable questions have none.
/// </summary>
public sealed class EvalFilesTests
{
    private static readonly string s_outputFolder = Path.Combine(AppContext.BaseDirectory, "Eval");
    private static readonly string[] s_expectedFiles =
    [
        "dev-questions.jsonl", "more-questions.jsonl", "heldout-questions.jsonl",
        "tuning-extra-questions.jsonl", "dialogues.jsonl", "chinese-questions.jsonl",
    ];
    private static readonly string[] s_splits = ["tuning", "heldout"];
    private static readonly string[] s_kinds = ["factoid", "paraphrase", "typo", "keywords", "unanswerable"];

    [Fact]
    public void EveryRepositoryEvalFile_IsCopiedToTestOutput()
    {
        var inRepository = Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "PartnerBot.Tests", "Eval"), "*.jsonl")
            .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        var inOutput = Directory.GetFiles(s_outputFolder, "*.jsonl").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(inRepository, inOutput);
        Assert.Superset(s_expectedFiles.ToHashSet(StringComparer.Ordinal), inOutput.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryLine_ParsesWithIdQuestionAndAnswers()
    {
        var problems = Entries().SelectMany(Problems).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Ids_AreUniqueAcrossFiles()
    {
        var repeated = Entries().GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} in {string.Join(", ", g.Select(e => e.File))}").ToList();
        Assert.True(repeated.Count == 0, "repeated ids: " + string.Join("; ", repeated));
    }

    [Fact]
    public void EveryAnswer_OccursInSeedArticles()
    {
        var articles = string.Join("\n", Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => EvalScorer.Normalise(File.ReadAllText(f))));
        var missing = Entries().SelectMany(e => e.Turns.SelectMany(t => t.Answers.Select(a => (e.Id, Answer: a))))
            .Where(x => !articles.Contains(EvalScorer.Normalise(x.Answer), StringComparison.Ordinal))
            .Select(x => $"{x.Id}: \"{x.Answer}\"").ToList();
        Assert.True(missing.Count == 0, "not in the seed articles: " + string.Join("; ", missing));
    }

    [Fact]
    public void KindUnanswerable_MatchesEmptyAnswers()
    {
        var wrong = Entries().Where(e => e.Error is null && e.Kind is not null)
            .Where(e => (e.Kind == "unanswerable") != (e.Turns[0].Answers.Count == 0))
            .Select(e => e.Id).ToList();
        Assert.True(wrong.Count == 0, "kind and answers disagree: " + string.Join(", ", wrong));
    }

    private static IEnumerable<string> Problems(EvalEntryView e)
    {
        if (e.Error is not null) yield return $"{e.File}:{e.Line}: {e.Error}";
        else
        {
            if (e.Kind is not null && !s_kinds.Contains(e.Kind)) yield return $"{e.Id}: unknown kind {e.Kind}";
            if (e.Split is not null && !s_splits.Contains(e.Split)) yield return $"{e.Id}: unknown split {e.Split}";
            if (e.IsDialogue && (e.Split is null || e.Turns.Count < 2)) yield return $"{e.Id}: a dialogue needs a split and ≥ 2 turns";
            if (e.Turns.Any(t => string.IsNullOrWhiteSpace(t.Q) || t.Answers.Any(string.IsNullOrWhiteSpace)))
                yield return $"{e.Id}: empty question or answer string";
        }
    }

    private static IEnumerable<EvalEntryView> Entries() =>
        Directory.GetFiles(s_outputFolder, "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadLines(f)
                .Select((text, index) => (text, index))
                .Where(l => !string.IsNullOrWhiteSpace(l.text))
                .Select(l => EvalEntryView.Parse(Path.GetFileName(f), l.index + 1, l.text)));
}
