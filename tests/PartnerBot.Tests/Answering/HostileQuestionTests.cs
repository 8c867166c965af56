using System.Text;

namespace PartnerBot.Tests.Answering;

/// <summary>Random and hostile text through the whole ask path on the real index: no exception, bounded output.</summary>
public sealed class HostileQuestionTests
{
    private static readonly string[] s_hostile =
    [
        "\"", "\"\"", "'", "*", "-", ":", "^", "(", ")", "()", "NEAR", "NEAR(a b)", "AND", "OR", "NOT", "a AND b OR NOT c",
        "title:Hisense", "text : x", "{text title}: haier", "hisense*", "-hisense", "^haier", "\"unterminated", "haier\"",
        "NEAR(\"hisense\" \"leeds\", 2)", "x OR y NOT z", "'; DROP TABLE passages; --", "passages MATCH 'x'", "\0", "\u0001\u0002\u001f",
        "😀😀😀", "🇬🇧🇨🇳", "👩‍👩‍👧‍👦 Hisense", "\u200b\u200d\ufeff", "\u202eHaier", "ｈｉｓｅｎｓｅ",
        "吉利", "海信 海尔 阿里巴巴 杭州 青岛", "杭州的科技公司有哪些？", "Ḩáïéř", "İstanbul ı", "ß ẞ", "\t\r\n", "\\", "%", "_", "$", "@", "#",
        "<script>alert(1)</script>", "{\"q\":\"x\"}", "0", "-1", "1e308", "NaN", "null", "        ", "?!?!?!", "...", "…", "—",
    ];

    public static TheoryData<int> Batches => new() { 0, 1, 2, 3 };

    [Fact]
    public void Ask_HostileStrings_NeverThrowAndStayBounded()
    {
        var engine = SeedIndex.Knowledge.Answers;
        foreach (var text in s_hostile.Concat(s_hostile.Select(h => "Who founded DeepSeek? " + h)).Concat(s_hostile.Select(h => h + " Haier brands " + h)))
        {
            AnswerInvariants.Check(engine.Ask(text));
        }
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void Ask_RandomStrings_NeverThrowAndStayBounded(int batch)
    {
        var engine = SeedIndex.Knowledge.Answers;
        var random = new Random(1234 + batch);
        var vocabulary = SeedIndex.Knowledge.Index.Vocabulary.Keys.Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < 1000; i++)
        {
            var text = RandomText(random, vocabulary, i % 200 == 0 ? 10_000 : random.Next(0, 120));
            try
            {
                AnswerInvariants.Check(engine.Ask(text));
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                throw new InvalidOperationException($"Ask threw on {Escape(text)}", e);
            }
            catch (Xunit.Sdk.XunitException e)
            {
                throw new InvalidOperationException($"Invariant failed on {Escape(text)}: {e.Message}", e);
            }
        }
    }

    public static TheoryData<int> HugeKinds => new() { 0, 1, 2, 3, 4, 5, 6 };

    [Theory]
    [MemberData(nameof(HugeKinds))]
    public void Ask_HugeStrings_NeverThrowAndStayBounded(int kind)
    {
        var text = kind switch
        {
            0 => string.Concat(Enumerable.Repeat("Hisense ", 1_300)),
            1 => string.Concat(Enumerable.Repeat("\"near( x* OR -y:^ ", 400)),
            2 => string.Concat(Enumerable.Repeat("海信 ", 3_000)),
            3 => string.Concat(Enumerable.Repeat("😀 ", 3_000)),
            5 => string.Concat(Enumerable.Repeat("海信", 5_000)),
            6 => string.Concat(Enumerable.Repeat("😀", 5_000)),
            4 => string.Join(' ', SeedIndex.Knowledge.Index.Vocabulary.Keys.Order(StringComparer.Ordinal).Take(2_000)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        Assert.True(text.Length >= 6_000);
        AnswerInvariants.Check(SeedIndex.Knowledge.Answers.Ask(text));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Ask_LoneSurrogate_DoesNotThrow(int kind)
    {
        // Built here, not passed as theory data: xunit's serialisation would replace a lone surrogate with U+FFFD.
        var question = kind switch
        {
            0 => "\ud800",
            1 => "\udfff",
            2 => "Who founded DeepSeek? \ud83d",
            _ => "a\ud800b Haier",
        };
        AnswerInvariants.Check(SeedIndex.Knowledge.Answers.Ask(question));
    }

    [Theory]
    [InlineData("\"NEAR(", 2_000)] // 2,000 capitalised words make one unbounded name run, quoted whole
    public void Ask_HugeUnbrokenRun_AbstentionWithin400Characters(string unit, int count)
    {
        var answer = SeedIndex.Knowledge.Answers.Ask(string.Concat(Enumerable.Repeat(unit, count)));
        AnswerInvariants.Check(answer);
    }

    [Theory]
    [InlineData(10_000, 1)]
    [InlineData(30, 12)]
    public void Ask_LongUnknownWords_AbstentionWithin400Characters(int wordLength, int words)
    {
        // 12 unknown 30-letter words make a 371-character question: under the bot's 500-character limit.
        var random = new Random(7);
        var question = string.Join(' ', Enumerable.Range(0, words).Select(_ => new string(Enumerable.Range(0, wordLength).Select(_ => (char)('a' + random.Next(26))).ToArray())));
        var answer = SeedIndex.Knowledge.Answers.Ask(question);
        Assert.True(answer.Abstained);
        AnswerInvariants.Check(answer);
    }

    private static string RandomText(Random random, string[] vocabulary, int length)
    {
        var builder = new StringBuilder(length + 16);
        while (builder.Length < length)
        {
            switch (random.Next(8))
            {
                case 0: builder.Append(RandomBmpCharacter(random)); break;
                case 1: builder.Append((char)random.Next(0, 0x20)); break; // control characters
                case 2: builder.Append(s_hostile[random.Next(s_hostile.Length)]); break;
                case 3: builder.Append((char)random.Next(0x4e00, 0x9fff)); break; // CJK
                case 4: builder.Append(char.ConvertFromUtf32(random.Next(0x1f300, 0x1faff))); break; // emoji
                default:
                    if (vocabulary.Length > 0) builder.Append(vocabulary[random.Next(vocabulary.Length)]);
                    break;
            }
            if (random.Next(3) == 0) builder.Append(' ');
        }
        return builder.ToString();
    }

    /// <summary>Any BMP character except a surrogate (lone surrogates have their own test: see <see cref="Ask_LoneSurrogate_DoesNotThrow"/>).</summary>
    private static char RandomBmpCharacter(Random random)
    {
        var c = (char)random.Next(0, 0x10000 - 0x800);
        return c >= 0xD800 ? (char)(c + 0x800) : c;
    }

    private static string Escape(string text)
    {
        var shown = text.Length > 200 ? text[..200] + "…" : text;
        var builder = new StringBuilder();
        foreach (var c in shown) builder.Append(c < 0x20 || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString());
        return builder.ToString();
    }
}
