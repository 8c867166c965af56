using System.Collections.Frozen;

namespace PartnerBot.Core.Text;

/// <summary>English stop words and question words, in folded (lower-case) form.</summary>
/// <remarks>
/// Question words are stop words too (they never help retrieval), but the answer engine reads them separately as
/// answer-type cues: who, when, where, how many, how much.
/// </remarks>
public static class StopWords
{
    /// <summary>Question words and the words that complete them ("how many", "how much").</summary>
    public static FrozenSet<string> QuestionWords { get; } = FrozenSet.ToFrozenSet(
    [
        "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "many", "much",
        "whatever", "whichever", "whoever", "whenever", "wherever",
        // Chat spellings of "what's", "who's" …: the apostrophe is often left out.
        "whats", "whos", "wheres", "whens", "hows", "whys",
    ], StringComparer.Ordinal);

    /// <summary>Every stop word, question words included.</summary>
    public static FrozenSet<string> All { get; } = FrozenSet.ToFrozenSet(QuestionWords.Concat(
    [
        "a", "an", "the", "and", "or", "but", "nor", "if", "then", "else", "so", "than", "that", "this", "these",
        "those", "there", "here", "thus", "hence",
        "of", "in", "on", "at", "by", "for", "with", "without", "about", "against", "between", "into", "through",
        "during", "before", "after", "above", "below", "to", "from", "up", "down", "out", "off", "over", "under",
        "again", "further", "once", "onto", "upon", "via", "per", "among", "amongst", "within", "across", "along",
        "around", "behind", "beside", "besides", "beyond", "toward", "towards", "until", "till", "since", "as",
        "is", "are", "was", "were", "be", "been", "being", "am", "isn't", "aren't", "wasn't", "weren't",
        "have", "has", "had", "having", "haven't", "hasn't", "hadn't",
        "do", "does", "did", "doing", "done", "don't", "doesn't", "didn't",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "won't", "wouldn't",
        "shouldn't", "can't", "cannot", "couldn't", "mustn't",
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
        "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
        "itself", "they", "them", "their", "theirs", "themselves",
        "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "not", "only", "own",
        "same", "too", "very", "just", "also", "even", "ever", "still", "yet", "either", "neither", "every",
        "s", "t", "d", "ll", "m", "re", "ve",
        "tell", "please", "know", "explain", "describe", "anything", "something",
    ]), StringComparer.Ordinal);

    /// <summary>True when <paramref name="folded"/> (a folded token) is a stop word.</summary>
    public static bool IsStopWord(string folded) => All.Contains(folded);

    /// <summary>True when <paramref name="folded"/> is a question word (who, when, where, how, many, much …).</summary>
    public static bool IsQuestionWord(string folded) => QuestionWords.Contains(folded);
}
