using PartnerBot.Discord.JsonModels;

namespace PartnerBot.Discord.Interactions;

/// <summary>
/// Compares our definitions with what <c>GET …/commands</c> returns, on the fields we set only
/// (Discord adds ids and versions and omits false/empty values).
/// </summary>
internal static class CommandComparer
{
    public static bool Same(IReadOnlyList<JsonApplicationCommand> wanted, IReadOnlyList<JsonApplicationCommand> existing)
    {
        if (wanted.Count != existing.Count) return false;
        var byName = existing.GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.First());
        return wanted.All(w => byName.TryGetValue(w.Name, out var e) && Same(w, e));
    }

    private static bool Same(JsonApplicationCommand a, JsonApplicationCommand b) =>
        (a.Type ?? 1) == (b.Type ?? 1)
        && a.Description == b.Description
        && (a.DefaultMemberPermissions ?? "") == (b.DefaultMemberPermissions ?? "")
        && Same(a.Options, b.Options);

    private static bool Same(List<JsonCommandOption>? a, List<JsonCommandOption>? b)
    {
        a ??= [];
        b ??= [];
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            var (x, y) = (a[i], b[i]);
            if (x.Type != y.Type || x.Name != y.Name || x.Description != y.Description
                || (x.Required ?? false) != (y.Required ?? false) || (x.Autocomplete ?? false) != (y.Autocomplete ?? false)
                || x.MaxLength != y.MaxLength
                || !(x.ChannelTypes ?? []).SequenceEqual(y.ChannelTypes ?? [])
                || !Same(x.Options, y.Options)) return false;
        }
        return true;
    }
}
