namespace PartnerBot.Core.Text;

/// <summary>Steps 2 to 4: suffix rules, tried in FTS5's order; the first suffix that matches decides.</summary>
public static partial class PorterStemmer
{
    private enum Condition
    {
        MGt0,
        MGt1,
        MGt1AndSOrT,
    }

    private readonly record struct Rule(string Suffix, string Replacement, Condition Condition);

    private static readonly Rule[] s_step2Rules =
    [
        new("ational", "ate", Condition.MGt0), new("tional", "tion", Condition.MGt0),
        new("enci", "ence", Condition.MGt0), new("anci", "ance", Condition.MGt0),
        new("izer", "ize", Condition.MGt0), new("logi", "log", Condition.MGt0),
        new("bli", "ble", Condition.MGt0), new("alli", "al", Condition.MGt0),
        new("entli", "ent", Condition.MGt0), new("eli", "e", Condition.MGt0),
        new("ousli", "ous", Condition.MGt0), new("ization", "ize", Condition.MGt0),
        new("ation", "ate", Condition.MGt0), new("ator", "ate", Condition.MGt0),
        new("alism", "al", Condition.MGt0), new("iveness", "ive", Condition.MGt0),
        new("fulness", "ful", Condition.MGt0), new("ousness", "ous", Condition.MGt0),
        new("aliti", "al", Condition.MGt0), new("iviti", "ive", Condition.MGt0),
        new("biliti", "ble", Condition.MGt0),
    ];

    private static readonly Rule[] s_step3Rules =
    [
        new("ical", "ic", Condition.MGt0), new("ness", "", Condition.MGt0),
        new("icate", "ic", Condition.MGt0), new("iciti", "ic", Condition.MGt0),
        new("ful", "", Condition.MGt0), new("ative", "", Condition.MGt0),
        new("alize", "al", Condition.MGt0),
    ];

    private static readonly Rule[] s_step4Rules =
    [
        new("al", "", Condition.MGt1), new("ance", "", Condition.MGt1), new("ence", "", Condition.MGt1),
        new("er", "", Condition.MGt1), new("ic", "", Condition.MGt1), new("able", "", Condition.MGt1),
        new("ible", "", Condition.MGt1), new("ant", "", Condition.MGt1), new("ement", "", Condition.MGt1),
        new("ment", "", Condition.MGt1), new("ent", "", Condition.MGt1), new("ion", "", Condition.MGt1AndSOrT),
        new("ou", "", Condition.MGt1), new("ism", "", Condition.MGt1), new("ate", "", Condition.MGt1),
        new("iti", "", Condition.MGt1), new("ous", "", Condition.MGt1), new("ive", "", Condition.MGt1),
        new("ize", "", Condition.MGt1),
    ];

    // Rules grouped by the suffix's last-but-one letter, as FTS5 switches on it: a word meets only its group.
    private static readonly Rule[][] s_step2 = GroupByPenultimate(s_step2Rules);
    private static readonly Rule[][] s_step3 = GroupByPenultimate(s_step3Rules);
    private static readonly Rule[][] s_step4 = GroupByPenultimate(s_step4Rules);

    private static int Step2(Span<char> b, int n) => Apply(s_step2, b, n);

    private static int Step3(Span<char> b, int n) => Apply(s_step3, b, n);

    private static int Step4(Span<char> b, int n) => Apply(s_step4, b, n);

    private static Rule[][] GroupByPenultimate(Rule[] rules)
    {
        var groups = new Rule[26][];
        for (var letter = 0; letter < 26; letter++)
        {
            groups[letter] = [.. rules.Where(rule => rule.Suffix[^2] - 'a' == letter)];
        }
        return groups;
    }

    private static int Apply(Rule[][] groups, Span<char> b, int n)
    {
        var letter = b[n - 2] - 'a';
        if ((uint)letter >= 26) return n;
        foreach (var rule in groups[letter])
        {
            if (!EndsWith(b, n, rule.Suffix)) continue;
            var stem = b[..(n - rule.Suffix.Length)];
            if (!Holds(rule.Condition, stem)) return n;
            rule.Replacement.AsSpan().CopyTo(b[stem.Length..]);
            return stem.Length + rule.Replacement.Length;
        }
        return n;
    }

    private static bool Holds(Condition condition, ReadOnlySpan<char> stem) => condition switch
    {
        Condition.MGt0 => MGt0(stem),
        Condition.MGt1 => MGt1(stem),
        _ => stem.Length > 0 && stem[^1] is 's' or 't' && MGt1(stem),
    };
}
