namespace PartnerBot.Search;

/// <summary>
/// Martin Porter's 1980 stemming algorithm, as FTS5's <c>porter</c> tokenizer applies it, used only to look up
/// how many passages a query word's stem occurs in. A rare disagreement with SQLite's stemmer only makes that
/// estimate fall back to the surface count.
/// </summary>
internal static class PorterStemmer
{
    private const int MinLength = 3;
    private const int MaxLength = 64;

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"),
        ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize",
    ];

    /// <summary>The stem of a lower-case, diacritic-free word.</summary>
    public static string Stem(string word)
    {
        if (word.Length < MinLength || word.Length > MaxLength) return word;
        var b = word.ToCharArray();
        var k = b.Length - 1;
        k = Step1(b, k);
        k = ReplaceFirst(b, k, Step2Rules, minimumMeasure: 0);
        k = ReplaceFirst(b, k, Step3Rules, minimumMeasure: 0);
        k = Step4(b, k);
        k = Step5(b, k);
        return new string(b, 0, k + 1);
    }

    private static int Step1(char[] b, int k)
    {
        if (b[k] == 's')
        {
            if (EndsWith(b, k, "sses")) k -= 2;
            else if (EndsWith(b, k, "ies")) k = SetTo(b, k, 3, "i");
            else if (k > 0 && b[k - 1] != 's') k--;
        }

        if (EndsWith(b, k, "eed"))
        {
            if (Measure(b, k - 3) > 0) k--;
        }
        else if ((EndsWith(b, k, "ed") && HasVowel(b, k - 2)) || (EndsWith(b, k, "ing") && HasVowel(b, k - 3)))
        {
            k -= EndsWith(b, k, "ed") ? 2 : 3;
            if (EndsWith(b, k, "at") || EndsWith(b, k, "bl") || EndsWith(b, k, "iz"))
            {
                k = SetTo(b, k, 0, "e");
            }
            else if (IsDoubleConsonant(b, k))
            {
                if (b[k] is not ('l' or 's' or 'z')) k--;
            }
            else if (Measure(b, k) == 1 && IsCvc(b, k))
            {
                k = SetTo(b, k, 0, "e");
            }
        }

        if (b[k] == 'y' && HasVowel(b, k - 1)) b[k] = 'i';
        return k;
    }

    private static int ReplaceFirst(char[] b, int k, (string Suffix, string Replacement)[] rules, int minimumMeasure)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (!EndsWith(b, k, suffix)) continue;
            return Measure(b, k - suffix.Length) > minimumMeasure ? SetTo(b, k, suffix.Length, replacement) : k;
        }
        return k;
    }

    private static int Step4(char[] b, int k)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!EndsWith(b, k, suffix)) continue;
            var stemEnd = k - suffix.Length;
            if (suffix == "ion" && (stemEnd < 0 || b[stemEnd] is not ('s' or 't'))) return k;
            return Measure(b, stemEnd) > 1 ? stemEnd : k;
        }
        return k;
    }

    private static int Step5(char[] b, int k)
    {
        if (b[k] == 'e')
        {
            var m = Measure(b, k - 1);
            if (m > 1 || (m == 1 && !IsCvc(b, k - 1))) k--;
        }
        if (b[k] == 'l' && IsDoubleConsonant(b, k) && Measure(b, k) > 1) k--;
        return k;
    }

    private static bool IsConsonant(char[] b, int i) => b[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(b, i - 1),
        _ => true,
    };

    /// <summary>Number of vowel-consonant sequences in <c>b[0..j]</c>.</summary>
    private static int Measure(char[] b, int j)
    {
        var n = 0;
        var i = 0;
        while (i <= j && IsConsonant(b, i)) i++;
        while (i <= j)
        {
            while (i <= j && !IsConsonant(b, i)) i++;
            if (i > j) break;
            while (i <= j && IsConsonant(b, i)) i++;
            n++;
        }
        return n;
    }

    private static bool HasVowel(char[] b, int j)
    {
        for (var i = 0; i <= j; i++)
        {
            if (!IsConsonant(b, i)) return true;
        }
        return false;
    }

    private static bool IsDoubleConsonant(char[] b, int j) => j >= 1 && b[j] == b[j - 1] && IsConsonant(b, j);

    private static bool IsCvc(char[] b, int i) =>
        i >= 2 && IsConsonant(b, i) && !IsConsonant(b, i - 1) && IsConsonant(b, i - 2) && b[i] is not ('w' or 'x' or 'y');

    private static bool EndsWith(char[] b, int k, string suffix)
    {
        var start = k - suffix.Length + 1;
        if (start < 0) return false;
        for (var i = 0; i < suffix.Length; i++)
        {
            if (b[start + i] != suffix[i]) return false;
        }
        return true;
    }

    /// <summary>Replaces the last <paramref name="length"/> characters up to <paramref name="k"/>; returns the new end.</summary>
    private static int SetTo(char[] b, int k, int length, string replacement)
    {
        var start = k - length + 1;
        // Replacements are never longer than the suffix plus one ("at" → "ate" with length 0 appends one char).
        if (start + replacement.Length > b.Length) return k;
        replacement.CopyTo(0, b, start, replacement.Length);
        return start + replacement.Length - 1;
    }
}
