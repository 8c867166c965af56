using PartnerBot.Core.Companies;
using PartnerBot.TestSupport;

namespace PartnerBot.Core.Tests.Companies;

public sealed class CompanyCatalogTests
{
    private static readonly Lazy<CompanyCatalog> s_catalog = new(() => CompanyCatalog.Load(RepoPaths.Config, CancellationToken.None));

    private static CompanyCatalog Catalog => s_catalog.Value;

    [Theory]
    [InlineData("Geely", "Geely")]
    [InlineData("Zhejiang Geely Holding Group", "Geely")]
    [InlineData("zhejiang geely", "Geely")]
    [InlineData("Geely's", "Geely")]
    [InlineData("Geely Holding Group Ltd.", "Geely")]
    [InlineData("吉利", "Geely")]
    [InlineData("吉利集团", "Geely")]
    [InlineData("Alicloud", "Alibaba")]
    [InlineData("ALICLOUD", "Alibaba")]
    [InlineData("阿里巴巴", "Alibaba")]
    [InlineData("Alibaba Group Holding Limited", "Alibaba")]
    [InlineData("海尔", "Haier")]
    [InlineData("海信", "Hisense")]
    [InlineData("Haier Group", "Haier")]
    [InlineData("Lianlian Pay", "LianLian Pay")]
    [InlineData("  hisense   UK ", "Hisense")]
    [InlineData("The London Taxi Company", "London Electric Vehicle Company")]
    [InlineData("深度求索", "DeepSeek")]
    [InlineData("Zhong Lun", "Zhong Lun Law Firm")]
    public void Find_NameOrAlias_Company(string name, string expected)
    {
        Assert.Equal(expected, Catalog.Find(name)?.Name);
    }

    [Theory]
    [InlineData("Tesla")]
    [InlineData("")]
    [InlineData("Ltd")]
    [InlineData("Hangzhou")]
    public void Find_UnknownName_Null(string name)
    {
        Assert.Null(Catalog.Find(name));
    }

    [Theory]
    [InlineData("杭州", "Hangzhou")]
    [InlineData("青岛", "Qingdao")]
    [InlineData("浙江", "Zhejiang")]
    [InlineData("深圳", "Shenzhen")]
    [InlineData("北京", "Beijing")]
    [InlineData("香港", "Hong Kong")]
    [InlineData("宁波", "Ningbo")]
    [InlineData("hong kong", "Hong Kong")]
    public void FindPlace_ChineseOrEnglishName_Place(string name, string expected)
    {
        Assert.Equal(expected, Catalog.FindPlace(name)?.Name);
    }

    [Fact]
    public void Companies_SeedOrganisations_AllPresentWithDescriptions()
    {
        string[] expected =
        [
            "Alibaba", "Geely", "Volvo", "Lotus", "London Electric Vehicle Company", "LianLian Pay", "Tuya", "Hisense",
            "Haier", "Dahua", "DeepSeek", "Game Science", "Unitree Robotics", "Deep Robotics", "BrainCo", "Manycore Tech",
            "Lenovo", "Baidu", "Stone Group", "Intel", "Oracle", "Sony", "Microsoft", "Google", "Zhong Lun Law Firm",
            "UtterBerry", "iNNiTi Effect", "APPT", "ConnectChina", "CCPIT Hangzhou", "Cyberport",
            "China Britain Industry Innovation Park", "Phoenix Dance Theatre", "Leeds City Region Enterprise Partnership",
            "China Daily", "Phoenix New Media", "Hangzhou TV", "Cifnews", "Kaola", "GE Appliances", "Candy",
            "University of Leeds", "Zhejiang University", "Hong Kong Chamber of Commerce in Zhejiang",
        ];

        Assert.All(expected, name => Assert.NotNull(Catalog.Find(name)));
        Assert.All(Catalog.Companies, company => Assert.False(string.IsNullOrWhiteSpace(company.Description)));
    }

    [Fact]
    public void AllAliases_IncludesCanonicalNamesAndChineseAliases()
    {
        var aliases = Catalog.AllAliases.ToList();

        Assert.Contains(aliases, pair => pair.Alias == "Geely" && pair.Company.Name == "Geely");
        Assert.Contains(aliases, pair => pair.Alias == "阿里巴巴" && pair.Company.Name == "Alibaba");
        Assert.Contains(Catalog.AllPlaceAliases, pair => pair.Alias == "杭州" && pair.Place.Name == "Hangzhou");
    }

    [Fact]
    public void Suggest_Prefix_PrefixMatchesFirst()
    {
        var suggestions = Catalog.Suggest("gee");

        Assert.Equal("Geely", suggestions[0].Name);
    }

    [Fact]
    public void Suggest_AliasPrefix_FindsCompany()
    {
        Assert.Contains(Catalog.Suggest("alic"), company => company.Name == "Alibaba");
        Assert.Contains(Catalog.Suggest("阿里"), company => company.Name == "Alibaba");
    }

    [Fact]
    public void Suggest_WordStart_AfterPrefixMatches()
    {
        var suggestions = Catalog.Suggest("robot").Select(company => company.Name).ToList();

        Assert.Contains("Unitree Robotics", suggestions);
        Assert.Contains("Deep Robotics", suggestions);
    }

    [Fact]
    public void Suggest_PrefixTierBeforeWordStartTier()
    {
        var suggestions = Catalog.Suggest("deep").Select(company => company.Name).ToList();

        Assert.Equal(["Deep Robotics", "DeepSeek"], suggestions.Take(2));
    }

    [Theory]
    [InlineData("hisnese", "Hisense")]
    [InlineData("alibabba", "Alibaba")]
    [InlineData("unitre robotics", "Unitree Robotics")]
    public void Suggest_Misspelling_NearMiss(string typed, string expected)
    {
        Assert.Contains(Catalog.Suggest(typed), company => company.Name == expected);
    }

    [Fact]
    public void Suggest_EmptyPrefix_FirstAlphabetically()
    {
        var suggestions = Catalog.Suggest("", 5);

        Assert.Equal(5, suggestions.Count);
        Assert.Equal(Catalog.Companies.Take(5), suggestions);
        Assert.Equal(suggestions.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase), suggestions);
    }

    [Fact]
    public void Suggest_Always_AtMostMaxAndDistinct()
    {
        var suggestions = Catalog.Suggest("a", 25);

        Assert.InRange(suggestions.Count, 1, 25);
        Assert.Equal(suggestions.Count, suggestions.Distinct().Count());
        Assert.Equal(3, Catalog.Suggest("a", 3).Count);
    }

    [Fact]
    public void Suggest_SameInput_SameOrder()
    {
        Assert.Equal(Catalog.Suggest("ha"), Catalog.Suggest("ha"));
    }

    [Theory]
    [InlineData("Geeli", "Geely")]
    [InlineData("Hiesense", "Hisense")]
    [InlineData("Deepseak", "DeepSeek")]
    [InlineData("Alibaba Cloud Computing", "Alibaba")]
    public void Closest_Misspelling_BestFirst(string name, string expected)
    {
        var closest = Catalog.Closest(name, 3);

        Assert.Equal(3, closest.Count);
        Assert.Equal(expected, closest[0].Name);
    }

    [Fact]
    public void LoadEmbedded_SameDataAsConfigFolder()
    {
        var embedded = CompanyCatalog.LoadEmbedded();

        Assert.Equal(Catalog.Companies.Select(c => c.Name), embedded.Companies.Select(c => c.Name));
        Assert.Equal(Catalog.Places.Select(p => p.Name), embedded.Places.Select(p => p.Name));
        Assert.Equal(Catalog.AllAliases.Count(), embedded.AllAliases.Count());
    }

    [Fact]
    public void FromJson_MissingName_ClearError()
    {
        var error = Assert.Throws<InvalidDataException>(() => CompanyCatalog.FromJson("""{"companies":[{"aliases":["x"]}]}"""));

        Assert.Contains("name", error.Message);
    }

    [Fact]
    public void FromJson_Malformed_ClearError()
    {
        var error = Assert.Throws<InvalidDataException>(() => CompanyCatalog.FromJson("{\"companies\": ["));

        Assert.Contains(CompanyCatalog.FileName, error.Message);
    }

    [Fact]
    public void FromJson_MinimalEntry_Defaults()
    {
        var catalog = CompanyCatalog.FromJson("""{"companies":[{"name":" Acme Ltd "}]}""");

        var acme = Assert.Single(catalog.Companies);
        Assert.Equal("Acme Ltd", acme.Name);
        Assert.Empty(acme.Aliases);
        Assert.Equal("company", acme.Kind);
        Assert.Same(acme, catalog.Find("ACME"));
        Assert.Empty(catalog.Places);
    }
}
