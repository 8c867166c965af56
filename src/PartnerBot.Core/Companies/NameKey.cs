using PartnerBot.Core.Text;

namespace PartnerBot.Core.Companies;

/// <summary>Matching keys for names: folded tokens joined by single spaces, optionally without legal-form words.</summary>
internal static class NameKey
{
    private static readonly HashSet<string> s_suffixes = new(StringComparer.Ordinal)
    {
        "ltd", "limited", "group", "holding", "holdings", "inc", "incorporated", "co", "corp", "corporation",
        "company", "plc", "llc", "gmbh", "ag", "sa", "international",
    };

    private static readonly string[] s_hanSuffixes = ["股份有限公司", "有限公司", "控股集团", "集团", "公司", "控股"];

    /// <summary>"Geely’s  Holding-Group" → "geely holding group" (possessive dropped, punctuation removed).</summary>
    public static string Of(string name) => string.Join(' ', Tokenizer.Tokenize(name).Select(token => token.Text));

    /// <summary>The key without a leading "the" and trailing legal-form words ("Zhejiang Geely Holding Group" → "zhejiang geely").</summary>
    public static string Stripped(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the") words.RemoveAt(0);
        while (words.Count > 1 && s_suffixes.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        if (words.Count == 1)
        {
            foreach (var suffix in s_hanSuffixes)
            {
                if (words[0].Length > suffix.Length + 1 && words[0].EndsWith(suffix, StringComparison.Ordinal))
                {
                    words[0] = words[0][..^suffix.Length];
                    break;
                }
            }
        }
        return string.Join(' ', words);
    }
}
