namespace PartnerBot.Core.Facts;

/// <summary>
/// Chooses the fact for a date: facts are dealt in cycles, each a fresh shuffle seeded by the cycle number, so
/// no fact repeats until every fact has been shown, and the same date always gives the same fact — restarts and
/// several destinations agree without sharing any state.
/// </summary>
/// <remarks>
/// A destination that joins mid-cycle, or whose candidates changed (articles added, facts excluded), would see
/// repeats if it simply followed the calendar; <see cref="ForDestination"/> keeps its own cycle from its posting
/// history: the calendar's fact when it is new there, else the next calendar fact that is. Pinned dates win over both.
/// </remarks>
public sealed class FactSchedule
{
    private static readonly DateOnly s_epoch = new(2020, 1, 1);
    private readonly IReadOnlyList<Fact> _facts;
    private readonly IReadOnlyDictionary<DateOnly, Fact> _pins;
    private readonly HashSet<string> _keys;

    public FactSchedule(IReadOnlyList<Fact> facts, IReadOnlyDictionary<DateOnly, Fact>? pins = null)
    {
        _facts = facts ?? throw new ArgumentNullException(nameof(facts));
        _pins = pins ?? new Dictionary<DateOnly, Fact>();
        _keys = facts.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>All candidates, in a stable order.</summary>
    public IReadOnlyList<Fact> Facts => _facts;

    /// <summary>The fact for <paramref name="date"/> (for a destination with no history), or null when there are no facts.</summary>
    public Fact? ForDate(DateOnly date)
    {
        if (_pins.TryGetValue(date, out var pinned)) return pinned;
        return Calendar(date);
    }

    /// <summary>
    /// The fact for <paramref name="date"/> at a destination that has already had <paramref name="postedInCycle"/>
    /// (keys, see <see cref="CurrentCycle"/>) in its current cycle; null when there are no facts.
    /// </summary>
    public Fact? ForDestination(DateOnly date, IReadOnlySet<string> postedInCycle)
    {
        ArgumentNullException.ThrowIfNull(postedInCycle);
        if (_pins.TryGetValue(date, out var pinned)) return pinned;
        if (_facts.Count == 0) return null;
        // Two whole cycles ahead on the calendar hold every fact, so an unposted one is always found when any remains.
        for (var ahead = 0; ahead <= 2 * _facts.Count; ahead++)
        {
            var fact = Calendar(date.AddDays(ahead))!;
            if (!postedInCycle.Contains(fact.Key)) return fact;
        }
        return Calendar(date);
    }

    /// <summary>
    /// The keys posted in a destination's current cycle, from its history (oldest first): a cycle ends once every
    /// current candidate has been posted; keys of facts no longer among the candidates are ignored.
    /// </summary>
    public IReadOnlySet<string> CurrentCycle(IEnumerable<string> postedKeysOldestFirst)
    {
        ArgumentNullException.ThrowIfNull(postedKeysOldestFirst);
        var cycle = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in postedKeysOldestFirst)
        {
            if (!_keys.Contains(key)) continue;
            cycle.Add(key);
            if (cycle.Count == _keys.Count) cycle.Clear();
        }
        return cycle;
    }

    private Fact? Calendar(DateOnly date)
    {
        if (_facts.Count == 0) return null;
        var day = date.DayNumber - s_epoch.DayNumber;
        var cycle = Math.DivRem(day, _facts.Count, out var slot);
        if (slot < 0)
        {
            slot += _facts.Count;
            cycle--;
        }
        return _facts[Order(cycle)[slot]];
    }

    /// <summary>
    /// The order of a cycle: a shuffle seeded by the cycle, whose first fact is never the previous cycle's last, so
    /// no fact shows two days running across a cycle boundary either. (With two facts they simply alternate.)
    /// </summary>
    internal int[] Order(int cycle)
    {
        var order = Shuffle(cycle);
        // The fix-up swaps only the first two places, so for three or more facts a cycle's last place is its shuffle's.
        if (order.Length >= 3 && order[0] == Shuffle(unchecked(cycle - 1))[^1]) (order[0], order[1]) = (order[1], order[0]);
        return order;
    }

    /// <summary>Fisher–Yates with a deterministic generator seeded by the cycle (two facts: always the same order).</summary>
    private int[] Shuffle(int cycle)
    {
        var order = Enumerable.Range(0, _facts.Count).ToArray();
        if (order.Length < 3) return order;
        var random = new Random(unchecked((cycle * 7919) + 17));
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}
