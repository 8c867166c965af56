using System.Text.Json.Nodes;

namespace PartnerBot.TestSupport.Discord;

/// <summary>A gateway session: id, sequence and the dispatches sent (replayed on resume).</summary>
public sealed class FakeSession(string id)
{
    private readonly List<(int Seq, string Json)> _sent = [];

    public string Id { get; } = id;

    public int Sequence
    {
        get { lock (_sent) { return _sent.Count == 0 ? 0 : _sent[^1].Seq; } }
    }

    internal JsonNode Record(string eventName, JsonNode data)
    {
        lock (_sent)
        {
            var seq = (_sent.Count == 0 ? 0 : _sent[^1].Seq) + 1;
            var payload = new JsonObject { ["op"] = 0, ["d"] = data.DeepClone(), ["s"] = seq, ["t"] = eventName };
            _sent.Add((seq, payload.ToJsonString()));
            return payload;
        }
    }

    internal IReadOnlyList<JsonNode> After(int seq)
    {
        lock (_sent) { return _sent.Where(e => e.Seq > seq).Select(e => JsonNode.Parse(e.Json)!).ToList(); }
    }
}
