using System.Globalization;
using System.Text.Json;
using PartnerBot.Core.Articles;
using PartnerBot.Core.Text;

namespace PartnerBot.Core.Facts;

/// <summary>
/// Operators' changes to the generated facts, read from <c>facts.json</c> in the config folder: facts to add,
/// generated facts to exclude (by key or by text), and facts pinned to a date.
/// </summary>
/// <remarks>
/// Format: <c>{"add":[{"text","title","date","source","url","pin"}], "exclude":["key or text"], "pin":[{"date","key"|"text"}]}</c>.
/// Every part is optional. A missing file means no changes; a malformed one is an error naming the file, because
/// silently ignoring an operator's exclusion would post a fact they asked us not to.
/// </remarks>
public sealed record FactRules(IReadOnlyList<Fact> Added, IReadOnlyList<string> Excluded, IReadOnlyList<FactPin> Pins)
{
    public const string FileName = "facts.json";

    /// <summary>No changes.</summary>
    public static FactRules None { get; } = new([], [], []);

    /// <summary>Reads <c>facts.json</c> from <paramref name="folder"/>; <see cref="None"/> when there is no such file.</summary>
    public static FactRules Load(string? folder, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrEmpty(folder)) return None;
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return None;
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Parses the JSON text of a facts file.</summary>
    public static FactRules Parse(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        var added = new List<Fact>();
        var pins = new List<FactPin>();
        var excluded = new List<string>();
        if (root.TryGetProperty("add", out var add))
        {
            var n = 0;
            foreach (var item in add.EnumerateArray())
            {
                var text = Required(item, "text");
                var title = Optional(item, "title") ?? "Operator note";
                var date = Optional(item, "date") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
                var url = Optional(item, "url");
                var source = Optional(item, "source") ?? url ?? FileName;
                var article = new Article("facts-" + n++, title, date, null, url, source);
                var fact = new Fact(text, article, -1);
                added.Add(fact);
                if (Optional(item, "pin") is { } pin) pins.Add(new FactPin(DateOnly.ParseExact(pin, "yyyy-MM-dd", CultureInfo.InvariantCulture), fact.Key));
            }
        }
        if (root.TryGetProperty("exclude", out var exclude))
        {
            foreach (var item in exclude.EnumerateArray()) excluded.Add(item.GetString() ?? "");
        }
        if (root.TryGetProperty("pin", out var pinned))
        {
            foreach (var item in pinned.EnumerateArray())
            {
                var date = DateOnly.ParseExact(Required(item, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var key = Optional(item, "key") ?? Optional(item, "text") ?? throw new FormatException("a pin needs \"key\" or \"text\"");
                pins.Add(new FactPin(date, key));
            }
        }
        return new FactRules(added, excluded, pins);
    }

    /// <summary>The candidates: <paramref name="generated"/> minus exclusions, plus the added facts, with the pins resolved.</summary>
    public FactSchedule Apply(IReadOnlyList<Fact> generated)
    {
        ArgumentNullException.ThrowIfNull(generated);
        var excludedKeys = Excluded.Select(e => e.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var excludedTexts = Excluded.Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        var facts = generated.Where(f => !excludedKeys.Contains(f.Key) && !excludedTexts.Contains(TextNormalizer.Fold(f.Text)))
            .Concat(Added).ToList();
        var pins = new Dictionary<DateOnly, Fact>();
        foreach (var pin in Pins)
        {
            var folded = TextNormalizer.Fold(pin.KeyOrText);
            var fact = facts.FirstOrDefault(f => f.Key.Equals(pin.KeyOrText.Trim(), StringComparison.OrdinalIgnoreCase) || TextNormalizer.Fold(f.Text) == folded);
            if (fact is not null) pins[pin.Date] = fact;
        }
        return new FactSchedule(facts, pins);
    }

    private static string Required(JsonElement item, string name) =>
        Optional(item, name) ?? throw new FormatException($"a fact entry needs \"{name}\"");

    private static string? Optional(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s.Trim() : null;
}
