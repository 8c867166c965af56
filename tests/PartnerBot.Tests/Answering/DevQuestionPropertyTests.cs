using System.Text.Json;
using PartnerBot.Core.Answering;
using PartnerBot.Core.Language;
using PartnerBot.Core.Text;
using PartnerBot.TestSupport;

namespace PartnerBot.Tests.Answering;

/// <summary>Properties (not wording) of the answers to every development question.</summary>
public sealed class DevQuestionPropertyTests
{
    public static TheoryData<string> Questions()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Eval", "dev-questions.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            data.Add(doc.RootElement.GetProperty("q").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Ask_DevQuestion_AnswerComesFromTheFirstCitationAndHighlightsAreQueryWords(string question)
    {
        var knowledge = SeedIndex.Knowledge;
        var answer = knowledge.Answers.Ask(question);
        AnswerInvariants.Check(answer);
        if (answer.Abstained) return;

        var source = knowledge.Corpus.Passages[answer.Citations[0].PassageId].Text;
        Assert.Contains(answer.Text.Trim('…'), source, StringComparison.Ordinal);

        var analyzer = new QueryAnalyzer(new TermStatistics(knowledge.Index), LanguageResources.Load(RepoPaths.Config, default), knowledge.Companies);
        var stems = analyzer.Analyze(question).Concepts.SelectMany(c => c.Forms).SelectMany(f => f.Stems).ToHashSet(StringComparer.Ordinal);
        foreach (var citation in answer.Citations)
        {
            var passage = knowledge.Corpus.Passages[citation.PassageId].Text;
            Assert.Contains(citation.Snippet.Trim('…'), passage, StringComparison.Ordinal);
            foreach (var h in citation.Highlights)
            {
                var marked = Tokenizer.Tokenize(citation.Snippet.Substring(h.Start, h.Length));
                Assert.NotEmpty(marked);
                Assert.All(marked, t => Assert.Contains(PorterStemmer.Stem(t.Text), stems));
            }
        }
    }
}
