using PartnerBot.Core.Answering;

namespace PartnerBot.Core.Tests.Answering;

public sealed class QueryAnalyzerTests
{
    private static readonly Lazy<QueryAnalyzer> s_analyzer = new(() =>
        new QueryAnalyzer(new TermStatistics(new FakePassageIndex(SeedKnowledge.Corpus)), SeedKnowledge.Language, SeedKnowledge.Companies));

    private static AnalyzedQuery Analyze(string question) => s_analyzer.Value.Analyze(question);

    private static IEnumerable<string> AllForms(AnalyzedQuery query) => query.Concepts.SelectMany(c => c.Forms).Select(f => f.Text);

    [Fact]
    public void Analyze_QuestionAndStopWords_AreDropped()
    {
        var query = Analyze("What is the name of the company that Haier bought?");
        var texts = query.Concepts.Select(c => c.Forms[0].Text).ToList();
        Assert.DoesNotContain("what", texts);
        Assert.DoesNotContain("the", texts);
        Assert.DoesNotContain("is", texts);
        Assert.Contains(query.Concepts, c => c.Forms.Any(f => f.Text == "haier"));
    }

    [Fact]
    public void Analyze_Numbers_AreKept()
    {
        var query = Analyze("What happened in 2019?");
        Assert.Contains(query.Concepts, c => c.Forms[0].Text == "2019");
    }

    [Theory]
    [InlineData("吉利", "geely")]
    [InlineData("海信", "hisense")]
    [InlineData("What does 海信 do in Leeds?", "hisense")]
    [InlineData("Zhejiang Geely Holding Group", "geely")]
    [InlineData("What happened in 杭州?", "hangzhou")]
    [InlineData("What did the delegation see in 青岛?", "qingdao")]
    [InlineData("Alicloud", "alibaba")]
    public void Analyze_Alias_ExpandsToCanonicalName(string question, string expected)
    {
        Assert.Contains(expected, AllForms(Analyze(question)));
    }

    [Fact]
    public void Analyze_Alias_AliasFormsWeighBelowOrAtUserWord()
    {
        var concept = Analyze("What does 海信 make?").Concepts.First(c => c.Forms.Any(f => f.Text == "hisense"));
        Assert.True(concept.InCorpus);
        Assert.All(concept.Forms, f => Assert.InRange(f.Weight, 0.0, 1.0));
    }

    [Fact]
    public void Analyze_Typo_IsCorrectedAndReported()
    {
        var query = Analyze("How many brands does Haeir have?");
        Assert.NotNull(query.Corrected);
        Assert.Contains("Haier", query.Corrected, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Haeir", query.Corrected, StringComparison.Ordinal);
        // The rest of the question is kept as written.
        Assert.StartsWith("How many brands does ", query.Corrected, StringComparison.Ordinal);
        Assert.Contains(query.Concepts, c => c.Forms[0].Text == "haier");
    }

    [Fact]
    public void Analyze_NoTypo_CorrectedIsNull() =>
        Assert.Null(Analyze("How many brands does Haier have?").Corrected);

    [Fact]
    public void Analyze_CapitalisedNameRun_IsOneConceptWithPartForms()
    {
        var query = Analyze("Who is in John Lee's delegation?");
        var name = Assert.Single(query.Concepts, c => c.Forms[0].Text == "john lee");
        Assert.Contains(name.Forms, f => f.Text == "john" && f.Weight < 1);
        Assert.Contains(name.Forms, f => f.Text == "lee" && f.Weight < 1);
    }

    [Fact]
    public void Analyze_LowerCaseWords_AreNotANameRun()
    {
        var query = Analyze("who is in john lee's delegation?");
        Assert.DoesNotContain(query.Concepts, c => c.Forms[0].Text == "john lee");
    }

    [Theory]
    [InlineData("Who founded DeepSeek?", AnswerType.Person)]
    [InlineData("When did the delegation visit Hangzhou?", AnswerType.Date)]
    [InlineData("Where was the performance held?", AnswerType.Place)]
    [InlineData("How many brands does Haier have?", AnswerType.Number)]
    [InlineData("How much is Geely worth?", AnswerType.Number)]
    [InlineData("What year did Leeds sign the agreement?", AnswerType.Date)]
    [InlineData("Which companies have skyscrapers in Haidian?", AnswerType.Organisation)]
    [InlineData("Which city hosts Hisense UK?", AnswerType.Place)]
    [InlineData("What growth rate did Geely report?", AnswerType.Number)]
    [InlineData("hisense employees", AnswerType.Any)]
    public void Analyze_QuestionWords_GiveAnswerType(string question, AnswerType expected) =>
        Assert.Equal(expected, Analyze(question).Type);

    [Theory]
    [InlineData("What is the growth rate of Geely?")]
    [InlineData("What is Geely's annual growth rate?")]
    [InlineData("What was the turnover of Hisense UK?")]
    public void Analyze_WhatIsTheNumberNoun_IsNumber(string question) =>
        Assert.Equal(AnswerType.Number, Analyze(question).Type);

    [Fact]
    public void Analyze_HowManyQuestion_MarksTheFocusConcept()
    {
        var query = Analyze("How many government meetings did the delegation hold?");
        var focus = Assert.Single(query.Concepts, c => c.Focus);
        Assert.Equal("government", focus.Forms[0].Text);
    }

    [Fact]
    public void Analyze_WordAbsentFromCorpus_IsNotInCorpus()
    {
        var query = Analyze("What about the zzyzx?");
        var concept = Assert.Single(query.Concepts, c => c.Forms[0].Text == "zzyzx");
        Assert.False(concept.InCorpus);
        Assert.Equal(0, concept.Presence);
    }

    [Fact]
    public void Analyze_RepeatedWord_IsOneConcept()
    {
        var query = Analyze("Hisense Hisense Hisense");
        Assert.Single(query.Concepts);
    }

    [Fact]
    public void Analyze_OnlyStopWords_HasNoConcepts()
    {
        var query = Analyze("what is the of and");
        Assert.Empty(query.Concepts);
        Assert.Equal(0, query.TotalIdf);
    }

    [Fact]
    public void Analyze_ManyWords_CapsTheConcepts()
    {
        var question = string.Join(' ', SeedKnowledge.Corpus.Passages.SelectMany(p => p.Text.Split(' ')).Where(w => w.Length > 6).Distinct().Take(60));
        Assert.InRange(Analyze(question).Concepts.Count, 1, 12);
    }

    [Fact]
    public void Analyze_EveryConcept_HasPositiveIdfAndOwnWordFirst()
    {
        var query = Analyze("How many employees does Hisense have in Leeds?");
        Assert.NotEmpty(query.Concepts);
        Assert.All(query.Concepts, c =>
        {
            Assert.True(c.Idf > 0);
            Assert.Equal(1.0, c.Forms[0].Weight);
        });
    }

    [Fact]
    public void Analyze_Null_Throws() => Assert.Throws<ArgumentNullException>(() => Analyze(null!));
}
