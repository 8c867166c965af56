using PartnerBot.Core.Text;

namespace PartnerBot.Search.Tests;

public sealed class PorterStemmerTests
{
    /// <summary>Core's stemmer (which the index planner uses) against words and stems as SQLite's FTS5 <c>porter</c> tokenizer produced them (fts5vocab over a test table).</summary>
    public static TheoryData<string, string> Fts5Stems => new()
    {
        { "functionality", "function" },
        { "documented", "document" },
        { "drivers", "driver" },
        { "configure", "configur" },
        { "buffers", "buffer" },
        { "generalizations", "gener" },
        { "relational", "relat" },
        { "happy", "happi" },
        { "running", "run" },
        { "caresses", "caress" },
        { "ponies", "poni" },
        { "agreed", "agre" },
        { "plastered", "plaster" },
        { "motoring", "motor" },
        { "sized", "size" },
        { "hopping", "hop" },
        { "falling", "fall" },
        { "fizzed", "fizz" },
        { "filing", "file" },
        { "failing", "fail" },
        { "conditional", "condit" },
        { "rational", "ration" },
        { "valenci", "valenc" },
        { "hesitanci", "hesit" },
        { "digitizer", "digit" },
        { "conformabli", "conform" },
        { "radicalli", "radic" },
        { "differentli", "differ" },
        { "vileli", "vile" },
        { "analogousli", "analog" },
        { "vietnamization", "vietnam" },
        { "predication", "predic" },
        { "operator", "oper" },
        { "feudalism", "feudal" },
        { "decisiveness", "decis" },
        { "hopefulness", "hope" },
        { "callousness", "callous" },
        { "formaliti", "formal" },
        { "sensitiviti", "sensit" },
        { "sensibiliti", "sensibl" },
        { "triplicate", "triplic" },
        { "formative", "form" },
        { "formalize", "formal" },
        { "electriciti", "electr" },
        { "electrical", "electr" },
        { "hopeful", "hope" },
        { "goodness", "good" },
        { "revival", "reviv" },
        { "allowance", "allow" },
        { "inference", "infer" },
        { "airliner", "airlin" },
        { "gyroscopic", "gyroscop" },
        { "adjustable", "adjust" },
        { "defensible", "defens" },
        { "irritant", "irrit" },
        { "replacement", "replac" },
        { "adjustment", "adjust" },
        { "dependent", "depend" },
        { "adoption", "adopt" },
        { "homologou", "homolog" },
        { "communism", "commun" },
        { "activate", "activ" },
        { "angulariti", "angular" },
        { "homologous", "homolog" },
        { "effective", "effect" },
        { "bowdlerize", "bowdler" },
        { "probate", "probat" },
        { "rate", "rate" },
        { "cease", "ceas" },
        { "controll", "control" },
        { "roll", "roll" },
        { "employs", "emploi" },
        { "employees", "employe" },
        { "employee", "employe" },
        { "exports", "export" },
        { "parameter", "paramet" },
        { "theory", "theori" },
        { "the", "the" },
        { "then", "then" },
        { "is", "is" },
        { "was", "wa" },
    };

    [Theory]
    [MemberData(nameof(Fts5Stems))]
    public void Stem_Word_MatchesFts5Porter(string word, string stem)
    {
        Assert.Equal(stem, PorterStemmer.Stem(word));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("at")]
    [InlineData("阿里巴巴")]
    public void Stem_ShortOrNonLatin_NeverThrows(string word)
    {
        Assert.NotNull(PorterStemmer.Stem(word));
    }
}
