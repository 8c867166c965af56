using System.Collections.Concurrent;

namespace PartnerBot.Core.Answering;

/// <summary>
/// Recent answers by question, so a question asked again (a busy channel, the same <c>/ask</c> from several people)
/// costs a dictionary lookup instead of analysis, search and re-ranking. Bounded, lock-free to read, and tied to
/// one <see cref="AnswerEngine"/>: a reloaded corpus brings a new engine and so an empty cache.
/// </summary>
/// <remarks>
/// Two generations approximate least-recently-used: entries go into the current generation; when it is full it
/// becomes the previous one (and the older one is dropped). A hit in the previous generation is copied forward,
/// so questions still being asked survive the turnover. At most 2 × <c>capacity</c> entries are held.
/// </remarks>
internal sealed class AnswerCache(int capacity)
{
    private Generations _generations = new(new ConcurrentDictionary<string, Answer>(StringComparer.Ordinal), null);
    private int _count;

    public bool TryGet(string key, out Answer answer)
    {
        var generations = Volatile.Read(ref _generations);
        if (generations.Current.TryGetValue(key, out answer!)) return true;
        if (generations.Previous is { } previous && previous.TryGetValue(key, out answer!))
        {
            Add(key, answer);
            return true;
        }
        return false;
    }

    public void Add(string key, Answer answer)
    {
        if (capacity <= 0) return;
        var generations = Volatile.Read(ref _generations);
        if (!generations.Current.TryAdd(key, answer)) return;
        if (Interlocked.Increment(ref _count) < capacity) return;
        // Exactly one caller sees the count reach the capacity and starts a new generation.
        if (Interlocked.CompareExchange(ref _generations, new Generations(new ConcurrentDictionary<string, Answer>(StringComparer.Ordinal), generations.Current), generations) == generations)
        {
            Volatile.Write(ref _count, 0);
        }
    }

    /// <summary>The cache key: the question with runs of white space made one space (case matters to name finding).</summary>
    public static string Key(string question)
    {
        var trimmed = question.AsSpan().Trim();
        var builder = new System.Text.StringBuilder(trimmed.Length);
        var space = false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private sealed record Generations(ConcurrentDictionary<string, Answer> Current, ConcurrentDictionary<string, Answer>? Previous);
}
