using System.Collections.Frozen;
using PartnerBot.Core.Search;

namespace PartnerBot.Search.Tests;

public sealed class QueryPlannerTests
{
    // 100,000 passages: "the" and "part" are common (over 5%), the others rare.
    private static readonly FrozenDictionary<string, int> Surface = new Dictionary<string, int>
    {
        ["the"] = 90_000, ["part"] = 50_000, ["documented"] = 900, ["kernel"] = 3_000, ["bug"] = 800, ["leeds"] = 40,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, int> Stems = new Dictionary<string, int>
    {
        ["the"] = 90_000, ["part"] = 50_000, ["document"] = 20_000, ["kernel"] = 3_000, ["bug"] = 1_000, ["leed"] = 40,
    }.ToFrozenDictionary();

    private static readonly QueryPlanner Planner = new(new FrequencyEstimator(Surface, Stems), 100_000, SqliteSearchOptions.Default);

    private static IReadOnlyList<MatchGroup> Plan(params QueryTerm[] terms) => Planner.Plan(new IndexQuery(terms));

    [Fact]
    public void Plan_CommonWordsWithRareOnes_DropsCommonWords()
    {
        var groups = Plan(new QueryTerm("the"), new QueryTerm("kernel"), new QueryTerm("bug"));

        var group = Assert.Single(groups);
        Assert.Equal(["bug", "kernel"], group.Phrases);
        Assert.Equal("\"bug\" AND \"kernel\"", group.Conjunction);
    }

    [Fact]
    public void Plan_AlternativesOfOneConcept_AreOredInsideTheConjunction()
    {
        var group = Assert.Single(Plan(new QueryTerm("leeds", 1, Concept: 0), new QueryTerm("kernel", 1, Concept: 0), new QueryTerm("bug", 1, Concept: 1)));

        Assert.Equal("(\"leeds\" OR \"kernel\") AND \"bug\"", group.Conjunction);
    }

    [Fact]
    public void Plan_WordCommonOnlyAsStem_IsCommon()
    {
        // "documented" is rare as written, but the stemmed index matches every "document…" word.
        var group = Assert.Single(Plan(new QueryTerm("documented"), new QueryTerm("bug")));

        Assert.Equal(["bug"], group.Phrases);
    }

    [Fact]
    public void Plan_Disjunction_StaysWithinRowBudgetButKeepsRarest()
    {
        var group = Assert.Single(Plan(new QueryTerm("kernel"), new QueryTerm("bug"), new QueryTerm("leeds")));

        Assert.Equal("\"leeds\" OR \"bug\"", group.Disjunction);
        Assert.Equal("\"leeds\" AND \"bug\" AND \"kernel\"", group.Conjunction);
    }

    [Fact]
    public void Plan_OnlyCommonWords_AndsThem()
    {
        var group = Assert.Single(Plan(new QueryTerm("the"), new QueryTerm("part")));

        Assert.True(group.OnlyCommonWords);
        Assert.Equal("\"part\" AND \"the\"", group.Conjunction);
        Assert.Equal("\"part\"", group.Disjunction);
        // 140,000 rows between them: far too many for bm25() to walk, so the match is taken unranked.
        Assert.NotNull(group.UnrankedScore);
        Assert.True(group.UnrankedScore > 0);
    }

    [Fact]
    public void Plan_OnlyCommonWordsWithinRowLimit_StaysRanked()
    {
        var planner = new QueryPlanner(new FrequencyEstimator(Surface, Stems), 100_000, SqliteSearchOptions.Default with { CommonRowLimit = 200_000 });

        var group = Assert.Single(planner.Plan(new IndexQuery([new QueryTerm("the"), new QueryTerm("part")])));

        Assert.Null(group.UnrankedScore);
    }

    [Fact]
    public void Plan_Weights_GroupedBestFirst()
    {
        var groups = Plan(new QueryTerm("leeds"), new QueryTerm("bug", 0.5), new QueryTerm("kernel", 0.5));

        Assert.Equal([1.0, 0.5], groups.Select(g => g.Weight));
        Assert.Null(groups[0].Conjunction);
        Assert.Equal("\"leeds\"", groups[0].Disjunction);
    }

    [Fact]
    public void Plan_SamePhraseTwice_KeepsHighestWeight()
    {
        var group = Assert.Single(Plan(new QueryTerm("leeds", 0.3), new QueryTerm("Leeds", 1.0)));

        Assert.Equal(1.0, group.Weight);
    }

    [Fact]
    public void Plan_QuotesAndOperators_NeverLeaveTheQuotedWords()
    {
        var group = Assert.Single(Plan(new QueryTerm("\"leeds\" OR title:bug* NOT (x)")));

        Assert.Equal("\"leeds or title bug not x\"", group.Disjunction);
    }

    [Fact]
    public void Join_EmbeddedQuote_IsDoubled()
    {
        Assert.Equal("\"a\"\"b\" OR \"c\"", QueryPlanner.Join(["a\"b", "c"], " OR "));
    }

    [Fact]
    public void Plan_EveryPhraseWithinBudget_DisjunctionHoldsConjunctionAndBoundIsRarestConcept()
    {
        var group = Assert.Single(Plan(new QueryTerm("leeds"), new QueryTerm("bug")));

        Assert.True(group.DisjunctionHoldsConjunction);
        Assert.Equal(40, group.ConjunctionBound);
    }

    [Fact]
    public void Plan_AlternativesOutOfDisjunctionOrder_DisjunctionDoesNotHoldConjunction()
    {
        // Rarest first: leeds, bug, kernel; the conjunction reads ("leeds" OR "kernel") AND "bug".
        var group = Assert.Single(Plan(new QueryTerm("leeds", 1, Concept: 0), new QueryTerm("kernel", 1, Concept: 0), new QueryTerm("bug", 1, Concept: 1)));

        Assert.False(group.DisjunctionHoldsConjunction);
        Assert.Equal(1_000, group.ConjunctionBound);
    }

    [Fact]
    public void Plan_DisjunctionCutByBudget_DoesNotHoldConjunction()
    {
        var group = Assert.Single(Plan(new QueryTerm("leeds"), new QueryTerm("bug"), new QueryTerm("kernel")));

        Assert.False(group.DisjunctionHoldsConjunction);
        Assert.Equal(40, group.ConjunctionBound);
    }
}
