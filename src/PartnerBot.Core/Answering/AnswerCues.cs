using System.Collections.Frozen;

namespace PartnerBot.Core.Answering;

/// <summary>General-language cues: question words that announce an answer type, and words that carry one.</summary>
internal static class AnswerCues
{
    private static readonly FrozenSet<string> s_numberWords = FrozenSet.ToFrozenSet(
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
        "trillion", "dozen", "dozens", "half", "double", "twice", "percent", "per", "cent",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_months = FrozenSet.ToFrozenSet(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_organisationNouns = FrozenSet.ToFrozenSet(
    [
        "company", "companies", "firm", "firms", "business", "businesses", "organisation", "organisations",
        "organization", "organizations", "outlet", "outlets", "media", "brand", "brands", "startup", "startups",
        "university", "universities", "authority", "authorities", "institution", "institutions", "bank", "banks",
        "newspaper", "newspapers", "partner", "partners", "group", "groups", "manufacturer", "manufacturers",
        "plan", "plans", "project", "projects", "event", "events", "office", "offices", "agency", "agencies",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_placeNouns = FrozenSet.ToFrozenSet(
    [
        "city", "cities", "country", "countries", "place", "places", "province", "region", "district", "venue",
        "town", "location", "headquarters", "destination", "port",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_numberNouns = FrozenSet.ToFrozenSet(
    [
        "percentage", "percent", "rate", "number", "amount", "figure", "size", "value", "turnover", "revenue",
        "price", "cost", "gdp", "growth", "count", "total", "population", "worth", "valuation", "budget", "salary",
        "income", "sales", "profit", "profits", "investment", "spend", "spending",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_timeNouns = FrozenSet.ToFrozenSet(
        ["year", "date", "month", "day", "time", "decade"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_lightWords = FrozenSet.ToFrozenSet(
    [
        "be", "become", "get", "make", "take", "give", "go", "come", "help", "hold", "keep", "let", "put", "seem",
        "use", "want", "need", "happen", "mean", "say", "call", "find", "show", "try", "ask", "like",
        "include", "involve", "join", "see", "look", "turn", "bring", "set", "play", "thing", "things",
        "kind", "type", "way", "lot", "example", "year", "currently", "recently", "really", "actually",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_howModifiers = FrozenSet.ToFrozenSet(
        ["old", "long", "big", "large", "far", "fast", "often", "soon", "tall", "high"], StringComparer.Ordinal);

    /// <summary>"old" in "how old", "long" in "how long": part of the question, not of what it is about.</summary>
    public static bool IsHowModifier(IReadOnlyList<string> words, int index) =>
        index > 0 && words[index - 1] is "how" or "hows" && s_howModifiers.Contains(words[index]);

    /// <summary>Light verbs and filler words: they carry little of what a question is about.</summary>
    public static bool IsLightWord(string folded) => s_lightWords.Contains(folded);

    /// <summary>True for spelled-out numbers and quantity words ("five", "million").</summary>
    public static bool IsNumberWord(string folded) => s_numberWords.Contains(folded);

    /// <summary>True for month and weekday names.</summary>
    public static bool IsDateWord(string folded) => s_months.Contains(folded);

    /// <summary>True for a plausible year (1800–2199).</summary>
    public static bool IsYear(string folded) =>
        folded.Length == 4 && int.TryParse(folded, out var year) && year is >= 1800 and < 2200;

    /// <summary>
    /// Index of the word a question asks about: the first content word after "how many", "how much", "what" or
    /// "which" ("how many government meetings" → government), or -1.
    /// </summary>
    public static int FocusIndex(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var start = words[i] switch
            {
                "how" when i + 1 < words.Count && words[i + 1] is "many" or "much" => i + 2,
                "what" or "which" => i + 1,
                _ => -1,
            };
            if (start < 0) continue;
            for (var k = start; k < Math.Min(words.Count, start + 2); k++)
            {
                if (!Text.StopWords.IsStopWord(words[k]) && !IsLightWord(words[k])) return k;
            }
            return -1;
        }
        return -1;
    }

    /// <summary>
    /// Reads the answer type from the question's first words: "who", "when", "how many", "which companies", …
    /// </summary>
    /// <param name="words">The question's folded words, stop words included, in order.</param>
    public static AnswerType Detect(IReadOnlyList<string> words)
    {
        var type = DetectFromQuestionWord(words);
        // "What is Hisense UK's revenue?": a quantity noun anywhere in a what/which question asks for a number.
        if (type == AnswerType.Any && words.Count > 0 && words[0] is "what" or "which" && words.Any(s_numberNouns.Contains))
        {
            return AnswerType.Number;
        }
        return type;
    }

    private static AnswerType DetectFromQuestionWord(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i] switch
            {
                "whats" => "what",
                "whos" => "who",
                "wheres" => "where",
                "whens" => "when",
                "hows" => "how",
                _ => words[i],
            };
            var next = i + 1 < words.Count ? words[i + 1] : string.Empty;
            var after = i + 2 < words.Count ? words[i + 2] : string.Empty;
            switch (w)
            {
                case "who" or "whom" or "whose":
                    return AnswerType.Person;
                case "when":
                    return AnswerType.Date;
                case "where":
                    return AnswerType.Place;
                case "how" when next is "many" or "much" or "big" or "large" or "long" or "old" or "fast" or "far":
                    return AnswerType.Number;
                case "what" or "which":
                    if (s_timeNouns.Contains(next)) return AnswerType.Date;
                    if (s_numberNouns.Contains(next) || s_numberNouns.Contains(after)) return AnswerType.Number;
                    if (s_placeNouns.Contains(next)) return AnswerType.Place;
                    if (s_organisationNouns.Contains(next) || s_organisationNouns.Contains(after)) return AnswerType.Organisation;
                    break;
            }
        }
        return AnswerType.Any;
    }
}
