using PartnerBot.Core.Language;
using PartnerBot.TestSupport;

namespace PartnerBot.Core.Tests.Language;

public sealed class LanguageResourcesTests
{
    private static readonly Lazy<LanguageResources> s_resources =
        new(() => LanguageResources.Load(RepoPaths.Config, CancellationToken.None));

    private static LanguageResources Resources => s_resources.Value;

    [Theory]
    [InlineData("staff", "employee")]
    [InlineData("staff", "employ")]
    [InlineData("employees", "employ")]
    [InlineData("employ", "employee")]
    [InlineData("employ", "employer")]
    [InlineData("employ", "employment")]
    [InlineData("worth", "value")]
    [InlineData("leader", "lead")]
    [InlineData("lead", "leader")]
    [InlineData("growth", "grow")]
    [InlineData("grow", "growth")]
    [InlineData("coming home", "return")]
    [InlineData("coming home", "homecoming")]
    [InlineData("revenue", "receipts")]
    public void Expand_ParaphrasePair_Connected(string word, string related)
    {
        var expansions = Resources.Expand(word);

        var match = Assert.Single(expansions, e => e.Term == related);
        Assert.InRange(match.Weight, 0.1, 0.95);
    }

    [Fact]
    public void Expand_Derivation_WeighsMoreThanHypernym()
    {
        var expansions = Resources.Expand("growth").ToDictionary(e => e.Term, e => e.Weight);

        Assert.True(expansions["grow"] > expansions["increase"]);
    }

    [Theory]
    [InlineData("company")]
    [InlineData("growth")]
    [InlineData("coming home")]
    public void Expand_AnyWord_SortedWithoutInputOrStopWords(string word)
    {
        var expansions = Resources.Expand(word);

        Assert.NotEmpty(expansions);
        Assert.InRange(expansions.Count, 1, LanguageResources.MaxExpansions);
        Assert.DoesNotContain(expansions, e => e.Term == word);
        Assert.DoesNotContain(expansions, e => PartnerBot.Core.Text.StopWords.IsStopWord(e.Term));
        Assert.Equal(expansions.OrderByDescending(e => e.Weight).Select(e => e.Weight), expansions.Select(e => e.Weight));
        Assert.All(expansions, e => Assert.InRange(e.Weight, 0.01, 0.99));
    }

    [Fact]
    public void Expand_UnknownWord_Empty()
    {
        Assert.Empty(Resources.Expand("qzxvbnm"));
    }

    [Theory]
    [InlineData("coming", "come")]
    [InlineData("went", "go")]
    [InlineData("bought", "buy")]
    [InlineData("companies", "company")]
    [InlineData("employees", "employee")]
    [InlineData("running", "run")]
    [InlineData("buses", "bus")]
    [InlineData("founded", "found")]
    [InlineData("coming home", "come home")]
    [InlineData("growth", "growth")]
    [InlineData("qzxvbnm", "qzxvbnm")]
    public void Lemma_Word_Expected(string word, string expected)
    {
        Assert.Equal(expected, Resources.Lemma(word));
    }

    [Fact]
    public void Derivations_Employ_AllForms()
    {
        Assert.Superset(new HashSet<string> { "employee", "employer", "employment" }, Resources.Derivations("employ").ToHashSet());
    }

    [Fact]
    public void LoadEmbedded_SameDataAsConfigFolder()
    {
        var embedded = LanguageResources.LoadEmbedded();

        Assert.Equal(Resources.Counts, embedded.Counts);
        Assert.True(embedded.Counts.Thesaurus > 10_000);
        Assert.Equal(Resources.Expand("staff"), embedded.Expand("staff"));
    }

    [Fact]
    public void Load_FolderWithoutTables_FallsBackToEmbedded()
    {
        var folder = Directory.CreateTempSubdirectory("partnerbot-lang-").FullName;
        try
        {
            var loaded = LanguageResources.Load(folder, CancellationToken.None);

            Assert.Equal(Resources.Counts, loaded.Counts);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Load_FolderTableOverridesEmbedded()
    {
        var folder = Directory.CreateTempSubdirectory("partnerbot-lang-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, LanguageResources.ThesaurusFile), "# test\nstaff\tcrew:s9\n");
            var loaded = LanguageResources.Load(folder, CancellationToken.None);

            Assert.Equal(1, loaded.Counts.Thesaurus);
            Assert.Contains(loaded.Expand("staff"), e => e.Term == "crew");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Load_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => LanguageResources.Load(RepoPaths.Config, cancellation.Token));
    }

    [Fact]
    public void FromText_UnsortedHandEditedTable_StillFound()
    {
        var resources = LanguageResources.FromText(
            "zebra\thorse:s9\n# comment\napple\tpear:s9|fruit:h4\n\nmango\tfruit:h3\n",
            "grow\tgrowth\n",
            "grew\tgrow\n");

        Assert.Equal(["pear", "fruit"], resources.Related("apple").Select(r => r.Term));
        Assert.Equal(["horse"], resources.Related("zebra").Select(r => r.Term));
        Assert.Equal("grow", resources.Lemma("grew"));
        Assert.Contains(resources.Expand("grew"), e => e.Term == "growth");
    }
}
