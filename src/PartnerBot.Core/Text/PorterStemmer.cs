namespace PartnerBot.Core.Text;

/// <summary>The original Porter (1980) stemmer, exactly as SQLite FTS5's <c>porter</c> tokenizer applies it.</summary>
/// <remarks>
/// Our stems must equal the index's, so this follows FTS5 (fts5_tokenize.c) rather than other Porter variants:
/// tokens shorter than 3 or longer than 64 characters pass through; Step 2 includes the "logi" → "log" and
/// "bli" → "ble" rules; digits count as consonants ("1980s" → "1980"). Hence "employs" → "emploi" (Step 1c turns a
/// final y after a vowel-bearing stem into i) and "employees" → "employe". Words holding anything other than ASCII
/// letters and digits (Han, apostrophes, "80,000") are returned unchanged, as FTS5 never sees such tokens.
/// </remarks>
public static partial class PorterStemmer
{
    private const int MinLength = 3;
    private const int MaxLength = 64;

    /// <summary>Stems a folded (lower-case) word; returns the same instance when nothing changes.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length is < MinLength or > MaxLength || !IsStemmable(word)) return word;

        Span<char> buffer = stackalloc char[MaxLength + 1];
        word.AsSpan().CopyTo(buffer);
        var n = Run(buffer, word.Length);
        return n == word.Length && buffer[..n].SequenceEqual(word) ? word : new string(buffer[..n]);
    }

    private static bool IsStemmable(string word)
    {
        foreach (var c in word)
        {
            if (c is not (>= 'a' and <= 'z' or >= '0' and <= '9')) return false;
        }
        return true;
    }

    private static int Run(Span<char> b, int n)
    {
        n = Step1A(b, n);
        var step1B = Step1B(b, ref n);
        if (step1B && !Step1B2(b, ref n))
        {
            var c = b[n - 1];
            if (!IsVowel(c, false) && c is not ('l' or 's' or 'z') && n >= 2 && c == b[n - 2])
            {
                n--;
            }
            else if (MEq1(b[..n]) && OStar(b[..n]))
            {
                b[n++] = 'e';
            }
        }

        // Step 1c.
        if (b[n - 1] == 'y' && HasVowel(b[..(n - 1)])) b[n - 1] = 'i';

        if (n >= 2)
        {
            n = Step2(b, n);
            n = Step3(b, n);
            n = Step4(b, n);
        }

        // Step 5a.
        if (b[n - 1] == 'e')
        {
            var stem = b[..(n - 1)];
            if (MGt1(stem) || (MEq1(stem) && !OStar(stem))) n--;
        }

        // Step 5b.
        if (n > 1 && b[n - 1] == 'l' && b[n - 2] == 'l' && MGt1(b[..(n - 1)])) n--;
        return n;
    }

    private static int Step1A(Span<char> b, int n)
    {
        if (b[n - 1] != 's') return n;
        if (b[n - 2] == 'e')
        {
            var ssesOrIes = (n > 4 && b[n - 4] == 's' && b[n - 3] == 's') || (n > 3 && b[n - 3] == 'i');
            return ssesOrIes ? n - 2 : n - 1;
        }
        return b[n - 2] != 's' ? n - 1 : n;
    }

    private static bool Step1B(Span<char> b, ref int n)
    {
        if (n < 2) return false;
        if (EndsWith(b, n, "eed"))
        {
            if (MGt0(b[..(n - 3)])) n--;
            return false;
        }
        if (EndsWith(b, n, "ed"))
        {
            if (!HasVowel(b[..(n - 2)])) return false;
            n -= 2;
            return true;
        }
        if (EndsWith(b, n, "ing"))
        {
            if (!HasVowel(b[..(n - 3)])) return false;
            n -= 3;
            return true;
        }
        return false;
    }

    private static bool Step1B2(Span<char> b, ref int n)
    {
        if (n < 2) return false;
        if (EndsWith(b, n, "at") || EndsWith(b, n, "bl") || EndsWith(b, n, "iz"))
        {
            b[n++] = 'e';
            return true;
        }
        return false;
    }

    /// <summary>True when the word ends with <paramref name="suffix"/> and is strictly longer than it (as FTS5 checks).</summary>
    private static bool EndsWith(ReadOnlySpan<char> b, int n, string suffix) =>
        n > suffix.Length && b[..n].EndsWith(suffix);

    private static bool IsVowel(char c, bool yIsVowel) =>
        c is 'a' or 'e' or 'i' or 'o' or 'u' || (yIsVowel && c == 'y');

    /// <summary>Index just past the first vowel-consonant sequence, or 0 when there is none.</summary>
    private static int GobbleVc(ReadOnlySpan<char> stem, bool previousConsonant)
    {
        var consonant = previousConsonant;
        var i = 0;
        for (; i < stem.Length; i++)
        {
            consonant = !IsVowel(stem[i], consonant);
            if (!consonant) break;
        }
        for (i++; i < stem.Length; i++)
        {
            consonant = !IsVowel(stem[i], consonant);
            if (consonant) return i + 1;
        }
        return 0;
    }

    private static bool MGt0(ReadOnlySpan<char> stem) => GobbleVc(stem, false) != 0;

    private static bool MGt1(ReadOnlySpan<char> stem)
    {
        var n = GobbleVc(stem, false);
        return n != 0 && GobbleVc(stem[n..], true) != 0;
    }

    private static bool MEq1(ReadOnlySpan<char> stem)
    {
        var n = GobbleVc(stem, false);
        return n != 0 && GobbleVc(stem[n..], true) == 0;
    }

    /// <summary>*o: the stem ends consonant-vowel-consonant, the last not w, x or y.</summary>
    private static bool OStar(ReadOnlySpan<char> stem)
    {
        var last = stem[^1];
        if (last is 'w' or 'x' or 'y') return false;
        var mask = 0;
        var consonant = false;
        foreach (var c in stem)
        {
            consonant = !IsVowel(c, consonant);
            mask = (mask << 1) | (consonant ? 1 : 0);
        }
        return (mask & 7) == 5;
    }

    /// <summary>*v*: the stem holds a vowel (y counts after the first letter).</summary>
    private static bool HasVowel(ReadOnlySpan<char> stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (IsVowel(stem[i], i > 0)) return true;
        }
        return false;
    }
}
