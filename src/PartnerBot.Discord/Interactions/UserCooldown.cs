namespace PartnerBot.Discord.Interactions;

/// <summary>Per-user chat cooldown: at most N messages per window; the first refused one gets a polite notice.</summary>
internal sealed class UserCooldown(TimeProvider time, int maxMessages, TimeSpan window)
{
    private readonly Dictionary<string, (Queue<long> Stamps, bool Noticed)> _users = [];

    public CooldownDecision Check(string userId)
    {
        lock (_users)
        {
            var now = time.GetTimestamp();
            var windowStart = now - (long)(window.TotalSeconds * time.TimestampFrequency);
            if (_users.Count > 10_000) Prune(windowStart);
            if (!_users.TryGetValue(userId, out var entry)) entry = (new Queue<long>(), false);
            while (entry.Stamps.Count > 0 && entry.Stamps.Peek() <= windowStart) entry.Stamps.Dequeue();
            CooldownDecision decision;
            if (entry.Stamps.Count < maxMessages)
            {
                entry.Stamps.Enqueue(now);
                entry.Noticed = false;
                decision = CooldownDecision.Allow;
            }
            else
            {
                decision = entry.Noticed ? CooldownDecision.Ignore : CooldownDecision.Notice;
                entry.Noticed = true;
            }
            _users[userId] = entry;
            return decision;
        }
    }

    private void Prune(long windowStart)
    {
        foreach (var key in _users.Where(u => u.Value.Stamps.All(s => s <= windowStart)).Select(u => u.Key).ToList())
            _users.Remove(key);
    }
}
