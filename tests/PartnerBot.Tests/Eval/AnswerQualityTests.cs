using PartnerBot.Composition;
using PartnerBot.TestSupport;

namespace PartnerBot.Tests.Eval;

/// <summary>The quality bar of the answer engine, scored on a copy of the development questions.</summary>
public sealed class AnswerQualityTests
{
    private static readonly string s_questions = Path.Combine(AppContext.BaseDirectory, "Eval", "dev-questions.jsonl");

    [Fact]
    public void DevQuestions_MeetQualityBar()
    {
        using var knowledge = KnowledgeLoader.Load(new KnowledgeSettings(RepoPaths.Seeds, ":memory:", RepoPaths.Config), logger: null);
        var questions = EvalScorer.Load(s_questions);
        var answerable = questions.Where(q => q.Answerable).ToList();
        var failures = new List<string>();
        var hits = 0;
        foreach (var q in questions)
        {
            var answer = knowledge.Answers.Ask(q.Q);
            if (!q.Answerable)
            {
                if (!EvalScorer.AbstainedCorrectly(answer)) failures.Add($"{q.Id} should abstain but answered: {answer.Text}");
                continue;
            }
            if (answer.Abstained) failures.Add($"{q.Id} abstained: {q.Q}");
            else if (EvalScorer.HitAt1(answer, q)) hits++;
            else failures.Add($"{q.Id} missed at 1: {q.Q} → {answer.Text}");
        }
        var hitAt1 = (double)hits / answerable.Count;
        var abstainFailures = failures.Where(f => f.Contains("abstain", StringComparison.Ordinal)).ToList();
        Assert.True(hitAt1 >= 0.85 && abstainFailures.Count == 0,
            $"hit@1 = {hitAt1:0.00} (needs ≥ 0.85), abstention failures = {abstainFailures.Count}\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// Our own further questions about the same articles (paraphrases, typos, keywords, Chinese names, chat spellings):
    /// a check that the engine generalises. No answerable question may be abstained, and hit@1 must stay ≥ 0.85.
    /// </summary>
    [Fact]
    public void MoreQuestions_NoAnswerableAbstainedAndHitAt1AtLeast085()
    {
        using var knowledge = KnowledgeLoader.Load(new KnowledgeSettings(RepoPaths.Seeds, ":memory:", RepoPaths.Config), logger: null);
        var answerable = EvalScorer.Load(Path.Combine(AppContext.BaseDirectory, "Eval", "more-questions.jsonl")).Where(q => q.Answerable).ToList();
        var answers = answerable.Select(q => (Question: q, Answer: knowledge.Answers.Ask(q.Q))).ToList();
        var abstained = answers.Where(a => a.Answer.Abstained).Select(a => a.Question.Id).ToList();
        var hitAt1 = answers.Count(a => EvalScorer.HitAt1(a.Answer, a.Question)) / (double)answers.Count;
        Assert.True(abstained.Count == 0, "abstained: " + string.Join(", ", abstained));
        Assert.True(hitAt1 >= 0.85, $"hit@1 = {hitAt1:0.00}");
    }
}
