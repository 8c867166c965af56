using System.Text;
using PartnerBot.Core.Search;

namespace PartnerBot.Search.Tests;

/// <summary>User text must never reach FTS5 as syntax: thousands of random and hostile strings, no exception.</summary>
public sealed class HostileQueryTests : IDisposable
{
    private static readonly string[] Fragments =
    [
        "\"", "\"\"", "'", "*", "-", "+", ":", "^", "(", ")", "((", "))", "{", "}", "[", "]", ",", ".", "/", "\\",
        "NEAR", "NEAR(", "NEAR/2", "near(leeds geely, 3)", "AND", "OR", "NOT", "and", "or", "not",
        "text:", "title:", "section:", "{title}:", "{text title}:", "-title:", "- {section} :", "passages:", "rank:",
        "leeds", "geely", "partnership", "valued", "café", "Crème", "阿里巴巴", "海尔", "😀", "👩‍💻", "🇬🇧",
        "\0", "\u0001", "\u001b[31m", "\t", "\r\n", "\u200b", "\u202e", "\ufeff", "\ud800", "\udfff", "\udbff\udc00",
        "%", "_", ";", "--", "/*", "*/", "DROP TABLE passages;", "'); DELETE FROM meta; --", "$q", "?1", ":k", "@p",
        "0", "42", "1e9", "-1", "١٢٣", "Ⅻ", "x\u0301", "ǅ", "ß", "İ", "ﬁ",
    ];

    private readonly RecordingLogger<SqlitePassageIndexFactory> _logger = new();
    private readonly IPassageIndex _index;

    public HostileQueryTests() => _index = new SqlitePassageIndexFactory(_logger).Open(TestCorpus.Partnerships(), ":memory:");

    public void Dispose()
    {
        _index.Dispose();
        // Search swallows engine errors so users never see them; a hostile string must not even cause one.
        Assert.DoesNotContain(_logger.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    [Fact]
    public void Search_ThousandsOfHostileStrings_NeverThrows()
    {
        var random = new Random(20260301);
        var searched = 0;
        var withHits = 0;
        for (var i = 0; i < 5000; i++)
        {
            var terms = Enumerable.Range(0, random.Next(1, 6))
                .Select(_ => new QueryTerm(HostileText(random), random.Next(4) == 0 ? random.NextDouble() * 2 - 0.5 : 1.0))
                .ToList();
            var hits = _index.Search(new IndexQuery(terms, random.Next(-1, 50)));
            searched++;
            if (hits.Count > 0) withHits++;
            Assert.All(hits, h => Assert.InRange(h.PassageId, 0, _index.Statistics.Passages - 1));
        }

        Assert.Equal(5000, searched);
        // The hostile strings carry real words too, so the index was really queried, not short-circuited.
        Assert.True(withHits > 100, $"only {withHits} searches had hits");
        Assert.DoesNotContain(_logger.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"leeds")]
    [InlineData("leeds\" OR \"geely")]
    [InlineData("leeds*")]
    [InlineData("-leeds")]
    [InlineData("title:leeds")]
    [InlineData("{title text}: leeds")]
    [InlineData("NEAR(leeds geely)")]
    [InlineData("leeds AND")]
    [InlineData("OR")]
    [InlineData("NOT leeds")]
    [InlineData("^leeds")]
    [InlineData("(leeds")]
    [InlineData("leeds)")]
    [InlineData("\0leeds\0")]
    public void Search_SyntaxCharacters_AreOrdinaryText(string text)
    {
        var hits = _index.Search(new IndexQuery([new QueryTerm(text)]));

        Assert.NotNull(hits);
    }

    [Fact]
    public void Search_QuotedOperatorWord_MatchesOnlyWhereTheWordOccurs()
    {
        // "not" as a term is a word to find, not an operator excluding the rest.
        var hits = _index.Search(new IndexQuery([new QueryTerm("NOT leeds")]));

        Assert.Empty(hits);
        Assert.NotEmpty(_index.Search(new IndexQuery([new QueryTerm("NOT"), new QueryTerm("leeds")])));
    }

    [Fact]
    public void Search_VeryLongString_NeverThrows()
    {
        var random = new Random(7);
        var text = new StringBuilder();
        while (text.Length < 200_000) text.Append(HostileText(random)).Append(' ');

        var hits = _index.Search(new IndexQuery([new QueryTerm(text.ToString()), new QueryTerm(new string('a', 100_000))]));

        Assert.NotNull(hits);
    }

    [Fact]
    public void Search_ManyTerms_NeverThrows()
    {
        var terms = Enumerable.Range(0, 2000).Select(i => new QueryTerm($"leeds{i} \"x{i}\" *")).Append(new QueryTerm("leeds")).ToList();

        var hits = _index.Search(new IndexQuery(terms));

        Assert.NotNull(hits);
    }

    private static string HostileText(Random random)
    {
        var text = new StringBuilder();
        var parts = random.Next(1, 8);
        for (var p = 0; p < parts; p++)
        {
            switch (random.Next(4))
            {
                case 0:
                    // Random UTF-16 code units, including lone surrogates and control characters.
                    for (var c = random.Next(1, 12); c > 0; c--) text.Append((char)random.Next(0, 0x10000));
                    break;
                case 1:
                    for (var c = random.Next(1, 12); c > 0; c--) text.Append((char)random.Next(0x20, 0x7F));
                    break;
                default:
                    text.Append(Fragments[random.Next(Fragments.Length)]);
                    break;
            }
            if (random.Next(3) == 0) text.Append(' ');
        }
        return text.ToString();
    }
}
