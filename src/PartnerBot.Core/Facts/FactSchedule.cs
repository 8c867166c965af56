namespace PartnerBot.Core.Facts;

/// <summary>
/// Chooses the fact for a date: facts are dealt in cycles, each a fresh shuffle seeded by the cycle number, so
/// no fact repeats until every fact has been shown, and the same date always gives the same fact — restarts and
/// several destinations agree without sharing any state.
/// </summary>
public sealed class FactSchedule
{
    private static readonly DateOnly s_epoch = new(2020, 1, 1);
    private readonly IReadOnlyList<Fact> _facts;

    public FactSchedule(IReadOnlyList<Fact> facts)
    {
        _facts = facts ?? throw new ArgumentNullException(nameof(facts));
    }

    /// <summary>All candidates, in a stable order.</summary>
    public IReadOnlyList<Fact> Facts => _facts;

    /// <summary>The fact for <paramref name="date"/>, or null when there are no facts.</summary>
    public Fact? ForDate(DateOnly date)
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

    /// <summary>The shuffle for a cycle (Fisher–Yates with a deterministic generator seeded by the cycle).</summary>
    internal int[] Order(int cycle)
    {
        var order = Enumerable.Range(0, _facts.Count).ToArray();
        var random = new Random(unchecked((cycle * 7919) + 17));
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}
