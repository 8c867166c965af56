using System.Collections.Concurrent;
using System.Globalization;
using PartnerBot.Core.Companies;
using PartnerBot.Core.Language;
using PartnerBot.Core.Text;

namespace PartnerBot.Core.Answering;

/// <summary>
/// Turns a question into weighted concepts: drops question and stop words, keeps numbers and names, expands
/// company and place aliases, corrects typos against the index vocabulary, and adds general-language
/// paraphrases (lemmas, derivational forms, thesaurus) weighted below the user's own words.
/// </summary>
/// <remarks>Stateless apart from immutable tables built at construction; thread-safe.</remarks>
public sealed class QueryAnalyzer
{
    internal const double AliasWeight = 0.9;
    internal const double LemmaWeight = 0.9;
    private const int MaxConcepts = 12;
    private const double NameSpecificity = 1.3;
    private const double LightSpecificity = 0.35;
    private const double FocusBoost = 1.3;
    private const double NamePartWeight = 0.8;
    private const int MaxNameWords = 5;
    private const double DerivedWeight = 0.7;
    private const int CommonWordPassages = 50;
    private const int MaxCachedConcepts = 100_000;

    private readonly TermStatistics _terms;
    private readonly SpellCorrector _speller;
    private readonly LanguageResources _language;
    private readonly AliasMatcher _aliases;
    private readonly ConcurrentDictionary<string, QueryConcept> _concepts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, QueryConcept?> _phrases = new(StringComparer.Ordinal);
    private int _cachedConcepts;

    public QueryAnalyzer(TermStatistics terms, LanguageResources language, CompanyCatalog companies)
    {
        _terms = terms ?? throw new ArgumentNullException(nameof(terms));
        _language = language ?? throw new ArgumentNullException(nameof(language));
        _speller = new SpellCorrector(terms.Vocabulary);
        _aliases = new AliasMatcher(companies ?? throw new ArgumentNullException(nameof(companies)));
    }

    public AnalyzedQuery Analyze(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var tokens = Tokenizer.Tokenize(question);
        var words = tokens.Select(t => t.Text).ToArray();
        var type = AnswerCues.Detect(words);
        var consumed = new bool[words.Length];
        var concepts = new List<QueryConcept>();

        foreach (var match in _aliases.Find(tokens).Take(MaxConcepts))
        {
            for (var i = match.Start; i < match.Start + match.Length; i++) consumed[i] = true;
            concepts.Add(Concept(match.Text, match.Forms, NameSpecificity));
        }

        var focus = AnswerCues.FocusIndex(words);
        var corrections = new Dictionary<int, string>();
        for (var i = 0; i < words.Length && concepts.Count < MaxConcepts; i++)
        {
            if (consumed[i] || !IsContentWord(words[i]) || AnswerCues.IsHowModifier(words, i)) continue;
            var word = words[i];
            var name = NameRun(question, tokens, words, consumed, i);
            if (name > 1)
            {
                concepts.Add(NameConcept(words, i, name));
                for (var k = i; k < i + name; k++) consumed[k] = true;
                i += name - 1;
                continue;
            }
            if (i + 1 < words.Length && !consumed[i + 1] && IsContentWord(words[i + 1])
                && PhraseConcept(word, words[i + 1]) is { } phrase)
            {
                concepts.Add(phrase);
                consumed[i] = consumed[i + 1] = true;
                i++;
                continue;
            }
            if (!IsInCorpus(word) && !_language.IsKnown(_language.Lemma(word)) && _speller.Correct(word) is { } fixedWord)
            {
                corrections[i] = fixedWord;
                word = fixedWord;
            }
            var concept = WordConcept(word, Specificity(question, tokens[i], word));
            concepts.Add(i == focus ? concept with { Idf = concept.Idf * FocusBoost, Focus = true } : concept);
        }

        var corrected = corrections.Count == 0 ? null : Rewrite(question, tokens, corrections);
        return new AnalyzedQuery(question, Merge(concepts), type, corrected);
    }

    /// <summary>
    /// Length of a run of capitalised words starting at <paramref name="at"/> ("John Lee"): a person's or
    /// organisation's name that no catalogue knows. The question's first word counts only when it is not an
    /// ordinary word.
    /// </summary>
    private int NameRun(string question, IReadOnlyList<Token> tokens, string[] words, bool[] consumed, int at)
    {
        var length = 0;
        for (var k = at; k < words.Length && length < MaxNameWords && !consumed[k] && IsContentWord(words[k]) && !tokens[k].IsNumeric; k++)
        {
            var capitalised = char.IsUpper(question[tokens[k].Start]);
            var sentenceStart = tokens[k].Start == 0;
            if (!capitalised || (sentenceStart && _language.IsKnown(_language.Lemma(words[k])))) break;
            length++;
        }
        return length;
    }

    /// <summary>A multi-word name: the whole name counts fully; each of its words alone counts partly.</summary>
    private QueryConcept NameConcept(string[] words, int at, int length)
    {
        var forms = new List<QueryForm> { Form(string.Join(' ', words, at, length), 1.0) };
        for (var k = at; k < at + length; k++) forms.Add(Form(words[k], NamePartWeight));
        return Concept(string.Join(' ', words, at, length), forms, NameSpecificity);
    }

    /// <summary>Content words: not stop or question words, and not single letters.</summary>
    internal static bool IsContentWord(string word) =>
        !StopWords.IsStopWord(word) && (word.Length > 1 || char.IsDigit(word[0]) || !char.IsAscii(word[0]));

    private bool IsInCorpus(string word) =>
        _terms.Vocabulary.ContainsKey(word) || _terms.HasStem(PorterStemmer.Stem(word));

    /// <summary>A word's concept depends only on the word, its specificity and this corpus: questions repeat words.</summary>
    private QueryConcept WordConcept(string word, double specificity)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{specificity:0.##}|{word}");
        if (_concepts.TryGetValue(key, out var cached)) return cached;
        var concept = BuildWordConcept(word, specificity);
        if (Volatile.Read(ref _cachedConcepts) < MaxCachedConcepts && _concepts.TryAdd(key, concept)) Interlocked.Increment(ref _cachedConcepts);
        return concept;
    }

    private QueryConcept BuildWordConcept(string word, double specificity)
    {
        var forms = new List<QueryForm> { Form(word, 1.0) };
        var lemma = _language.Lemma(word);
        if (lemma != word) forms.Add(Form(lemma, LemmaWeight));
        foreach (var inflected in _language.Inflections(lemma)) forms.Add(Form(inflected, LemmaWeight));
        if (IsInCorpus(word) && _terms.StemFrequency(TokenizedText.Stem(word)) >= CommonWordPassages)
        {
            // A word the articles use often needs no synonyms to be found; its derived forms still help ranking.
            foreach (var derived in _language.Derivations(lemma)) forms.Add(Form(derived, DerivedWeight));
            return Concept(word, forms, specificity);
        }
        foreach (var (related, weight) in _language.Expand(lemma))
        {
            forms.Add(Form(related, weight));
        }
        return Concept(word, forms, specificity);
    }

    /// <summary>
    /// How telling a word is beyond its rarity: names (capitalised inside the question, or unknown to the general
    /// dictionary) say more than ordinary words, and light verbs ("help", "become", "hold") say little.
    /// </summary>
    private double Specificity(string question, Token token, string word)
    {
        if (token.IsNumeric) return 1.0;
        if (AnswerCues.IsLightWord(word) || AnswerCues.IsLightWord(_language.Lemma(word))) return LightSpecificity;
        var capitalised = token.Start > 0 && char.IsUpper(question[token.Start]);
        return capitalised || !_language.IsKnown(_language.Lemma(word)) ? NameSpecificity : 1.0;
    }

    private QueryConcept? PhraseConcept(string first, string second)
    {
        var key = "phrase|" + first + " " + second;
        if (_phrases.TryGetValue(key, out var cached)) return cached;
        var concept = BuildPhraseConcept(first, second);
        if (Volatile.Read(ref _cachedConcepts) < MaxCachedConcepts && _phrases.TryAdd(key, concept)) Interlocked.Increment(ref _cachedConcepts);
        return concept;
    }

    private QueryConcept? BuildPhraseConcept(string first, string second)
    {
        var phrase = _language.Lemma(first) + " " + _language.Lemma(second);
        var related = _language.Expand(phrase);
        if (related.Count == 0) return null;
        var forms = new List<QueryForm> { Form(first + " " + second, 1.0) };
        foreach (var (term, weight) in related) forms.Add(Form(term, weight));
        var concept = Concept(first + " " + second, forms, 1.0);
        // Only worth treating as one phrase when something it means occurs in the articles.
        return concept.Forms.Count > 1 ? concept : null;
    }

    /// <summary>
    /// Keeps the forms that occur in the corpus (the user's own word always stays, so absence can be seen),
    /// and scores the concept by its rarest present form.
    /// </summary>
    private QueryConcept Concept(string text, IReadOnlyList<QueryForm> candidates, double specificity)
    {
        var forms = new List<QueryForm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ownFrequency = 0;
        var relatedFrequency = 0;
        foreach (var form in candidates)
        {
            if (form.Stems.Length == 0 || !seen.Add(string.Join(' ', form.Stems))) continue;
            var df = PhraseFrequency(form.Stems);
            if (forms.Count == 0)
            {
                ownFrequency = df;
            }
            else if (df == 0)
            {
                continue;
            }
            else
            {
                relatedFrequency = Math.Max(relatedFrequency, df);
            }
            forms.Add(form);
        }
        // The user's own word decides how telling the concept is; when it is absent, the commonest related form
        // stands in (conservatively), and with neither the concept is missing from the corpus.
        var frequency = ownFrequency > 0 ? ownFrequency : relatedFrequency;
        var inCorpus = frequency > 0;
        var presence = ownFrequency > 0 ? 1.0 : forms.Skip(1).Select(f => f.Weight).DefaultIfEmpty(0).Max();
        return new QueryConcept(text, forms, specificity * (inCorpus ? _terms.Idf(frequency) : _terms.MaxIdf), inCorpus)
        {
            Presence = presence,
            IsName = specificity >= NameSpecificity,
        };
    }

    /// <summary>Document frequency of the rarest word of a phrase (an upper bound for the phrase).</summary>
    private int PhraseFrequency(string[] stems)
    {
        var min = int.MaxValue;
        foreach (var stem in stems) min = Math.Min(min, _terms.StemFrequency(stem));
        return min == int.MaxValue ? 0 : min;
    }

    internal static QueryForm Form(string text, double weight)
    {
        var tokens = Tokenizer.Tokenize(text);
        var stems = new string[tokens.Count];
        for (var i = 0; i < stems.Length; i++) stems[i] = TokenizedText.Stem(tokens[i].Text);
        return new QueryForm(string.Join(' ', tokens.Select(t => t.Text)), stems, weight);
    }

    /// <summary>Two mentions of the same thing ("Hisense … Hisense") become one concept.</summary>
    private static List<QueryConcept> Merge(List<QueryConcept> concepts)
    {
        var result = new List<QueryConcept>();
        foreach (var concept in concepts)
        {
            var key = string.Join(' ', concept.Forms[0].Stems);
            if (result.Any(c => string.Join(' ', c.Forms[0].Stems) == key)) continue;
            result.Add(concept);
        }
        return result;
    }

    private static string Rewrite(string question, IReadOnlyList<Token> tokens, Dictionary<int, string> corrections)
    {
        var builder = new System.Text.StringBuilder(question.Length + 8);
        var at = 0;
        foreach (var (index, replacement) in corrections.OrderBy(kv => kv.Key))
        {
            var token = tokens[index];
            builder.Append(question, at, token.Start - at).Append(replacement);
            at = token.Start + token.Length;
        }
        return builder.Append(question, at, question.Length - at).ToString();
    }
}
