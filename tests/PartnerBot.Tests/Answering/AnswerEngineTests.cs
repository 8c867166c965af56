using PartnerBot.Core.Answering;
using PartnerBot.Core.Text;

namespace PartnerBot.Tests.Answering;

public sealed class AnswerEngineTests
{
    private static IAnswerEngine Engine => SeedIndex.Knowledge.Answers;

    [Fact]
    public void Ask_HowManyBrandsDoesHaierHave_AnswersSevenBrands()
    {
        var answer = Engine.Ask("How many brands does Haier have?");
        AnswerInvariants.Check(answer);
        Assert.False(answer.Abstained);
        Assert.Contains("seven brands", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Null(answer.Corrected);
    }

    [Fact]
    public void Ask_WhoFoundedDeepSeek_NamesTheFounderAndCitesTheArticle()
    {
        var answer = Engine.Ask("Who founded DeepSeek?");
        AnswerInvariants.Check(answer);
        Assert.False(answer.Abstained);
        Assert.Contains("Liang Wenfeng", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Snippet.Contains("Liang Wenfeng", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("whats the gdp of qingdao", "1.2 trillion yuan")]
    [InlineData("How old is the partnership between Leeds and Hangzhou?", "years")]
    [InlineData("How many staff does Hisense employ?", "80,000")]
    [InlineData("What is Hisense UK's revenue?", "£100million")]
    [InlineData("When is John Lee coming home?", "April 25")]
    public void Ask_ChatSpellingsAndParaphrases_AreAnswered(string question, string expected)
    {
        var answer = Engine.Ask(question);
        AnswerInvariants.Check(answer);
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ask_Answered_AnswerComesFromTheFirstCitedPassage()
    {
        var answer = Engine.Ask("How many brands does Haier have?");
        var passage = SeedIndex.Knowledge.Corpus.Passages[answer.Citations[0].PassageId];
        Assert.Contains(answer.Text.Trim('…'), passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_Answered_CitationsCarryArticleMetadata()
    {
        var answer = Engine.Ask("How many brands does Haier have?");
        foreach (var c in answer.Citations)
        {
            var passage = SeedIndex.Knowledge.Corpus.Passages[c.PassageId];
            Assert.Equal(passage.Article.Title, c.Title);
            Assert.Equal(passage.Article.Date, c.Date);
            Assert.Equal(passage.Section, c.Section);
            Assert.Equal(passage.Article.Source, c.Source);
            Assert.Equal(passage.Article.Url, c.Url);
        }
        Assert.Equal(answer.Citations.Select(c => c.PassageId).Distinct().Count(), answer.Citations.Count);
    }

    [Theory]
    [InlineData("How many brands does Haier have?")]
    [InlineData("Who founded DeepSeek?")]
    [InlineData("hisense employees")]
    [InlineData("Where was the Phoenix Dance Theatre performance held?")]
    public void Ask_Answered_HighlightsCoverQueryWords(string question)
    {
        var answer = Engine.Ask(question);
        Assert.False(answer.Abstained);
        var query = new QueryAnalyzer(new TermStatistics(SeedIndex.Knowledge.Index), Core.Language.LanguageResources.Load(TestSupport.RepoPaths.Config, default), SeedIndex.Knowledge.Companies).Analyze(question);
        var stems = query.Concepts.SelectMany(c => c.Forms).SelectMany(f => f.Stems).ToHashSet(StringComparer.Ordinal);
        var first = answer.Citations[0];
        Assert.NotEmpty(first.Highlights);
        foreach (var c in answer.Citations)
        {
            foreach (var h in c.Highlights)
            {
                var marked = Tokenizer.Tokenize(c.Snippet.Substring(h.Start, h.Length));
                Assert.NotEmpty(marked);
                Assert.All(marked, t => Assert.Contains(PorterStemmer.Stem(t.Text), stems));
            }
        }
    }

    [Fact]
    public void Ask_Answered_CitationsBestFirst()
    {
        var answer = Engine.Ask("Which companies have skyscrapers in Haidian?");
        Assert.False(answer.Abstained);
        var rest = answer.Citations.Skip(1).Select(c => c.Score).ToList();
        Assert.All(rest, s => Assert.True(s <= answer.Citations[0].Score + 1e-9));
    }

    [Theory]
    [InlineData("How many brands does Haeir have?", "Haier")]
    [InlineData("Who founded DeepSeak?", "DeepSeek")]
    public void Ask_Typo_CorrectedAndAnswered(string question, string fixedWord)
    {
        var answer = Engine.Ask(question);
        AnswerInvariants.Check(answer);
        Assert.NotNull(answer.Corrected);
        Assert.Contains(fixedWord, answer.Corrected, StringComparison.OrdinalIgnoreCase);
        Assert.False(answer.Abstained);
    }

    [Theory]
    [InlineData("海信 employees", "80,000")]
    [InlineData("How many brands does 海尔 have?", "seven brands")]
    public void Ask_ChineseCompanyName_AnsweredLikeTheEnglishName(string question, string expected)
    {
        var answer = Engine.Ask(question);
        AnswerInvariants.Check(answer);
        Assert.False(answer.Abstained);
        Assert.Contains(expected, answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("What is the weather in Hangzhou tomorrow?")]
    [InlineData("Who won the 1966 World Cup?")]
    [InlineData("What is the capital of Peru?")]
    [InlineData("How many moons does Jupiter have?")]
    [InlineData("xqzzt vrrbl")]
    public void Ask_NotCovered_AbstainsWithSuggestionsAndNoCitations(string question)
    {
        var answer = Engine.Ask(question);
        AnswerInvariants.Check(answer);
        Assert.True(answer.Abstained, answer.Text);
        Assert.Empty(answer.Citations);
        Assert.NotEmpty(answer.Suggestions);
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?")]
    [InlineData("what is the")]
    public void Ask_NothingToSearch_Abstains(string question)
    {
        var answer = Engine.Ask(question);
        AnswerInvariants.Check(answer);
        Assert.True(answer.Abstained);
    }

    [Fact]
    public void Ask_Null_ThrowsArgumentNull() => Assert.Throws<ArgumentNullException>(() => Engine.Ask(null!));

    [Fact]
    public void Ask_QuestionEchoed() => Assert.Equal("Who founded DeepSeek?", Engine.Ask("Who founded DeepSeek?").Question);

    [Fact]
    public void Ask_SameQuestion_SameAnswer()
    {
        var a = Engine.Ask("Which Chinese media outlets covered the Qingdao visit?");
        var b = Engine.Ask("Which Chinese media outlets covered the Qingdao visit?");
        Assert.Equal(a.Text, b.Text);
        Assert.Equal(a.Citations.Select(c => c.PassageId), b.Citations.Select(c => c.PassageId));
    }

    [Fact]
    public void Ask_CancelledToken_DoesNotReturnGarbage()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        try
        {
            AnswerInvariants.Check(Engine.Ask("Who founded DeepSeek?", cts.Token));
        }
        catch (OperationCanceledException)
        {
            // Cancelling is an acceptable outcome too; anything else is not.
        }
    }

    [Fact]
    public void Ask_Concurrently_SameAnswersAsSequential()
    {
        string[] questions = ["Who founded DeepSeek?", "How many brands does Haier have?", "hisense employees", "What is the weather in Hangzhou tomorrow?"];
        var expected = questions.Select(q => Engine.Ask(q).Text).ToArray();
        var results = new string[questions.Length * 8];
        Parallel.For(0, results.Length, i => results[i] = Engine.Ask(questions[i % questions.Length]).Text);
        for (var i = 0; i < results.Length; i++) Assert.Equal(expected[i % questions.Length], results[i]);
    }
}
