using System.Text.Json;

namespace PartnerBot.Tests.Eval;

/// <summary>
/// One line of any evaluation file, read loosely so that a malformed line becomes a reported <see cref="Error"/>
/// instead of an exception: a single question (<c>q</c> + <c>answers</c>) is one turn, a dialogue has <c>turns</c>.
/// </summary>
internal sealed record EvalEntryView(string File, int Line, string Id, string? Kind, string? Split, bool IsDialogue,
    IReadOnlyList<EvalTurn> Turns, string? Error)
{
    public static EvalEntryView Parse(string file, int line, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Failed(file, line, "not a JSON object");
            var id = Text(root, "id") ?? throw new FormatException("no string id");
            var isDialogue = root.TryGetProperty("turns", out var turns);
            var parsed = isDialogue
                ? turns.EnumerateArray().Select(Turn).ToList()
                : [Turn(root)];
            return new EvalEntryView(file, line, id, Text(root, "kind"), Text(root, "split"), isDialogue, parsed, Error: null);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return Failed(file, line, e.Message);
        }
    }

    private static EvalTurn Turn(JsonElement element)
    {
        var q = Text(element, "q") ?? throw new FormatException("no string q");
        if (!element.TryGetProperty("answers", out var answers) || answers.ValueKind != JsonValueKind.Array)
            throw new FormatException($"no answers array for \"{q}\"");
        return new EvalTurn(q, answers.EnumerateArray().Select(a => a.GetString() ?? throw new FormatException("null answer")).ToList());
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static EvalEntryView Failed(string file, int line, string error) =>
        new(file, line, Id: $"{file}:{line}", Kind: null, Split: null, IsDialogue: false, Turns: [], error);
}
