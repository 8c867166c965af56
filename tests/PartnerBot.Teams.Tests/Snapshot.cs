using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnerBot.TestSupport;

namespace PartnerBot.Teams.Tests;

/// <summary>Compares JSON with <c>Snapshots/NAME.approved.json</c>; on a difference writes <c>NAME.received.json</c> next to it.</summary>
internal static class Snapshot
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void AssertMatches(string name, JsonNode actual)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "PartnerBot.Teams.Tests", "Snapshots");
        var approvedPath = Path.Combine(folder, name + ".approved.json");
        var receivedPath = Path.Combine(folder, name + ".received.json");
        var received = actual.ToJsonString(s_options).ReplaceLineEndings("\n") + "\n";
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, received);
        Assert.Fail($"Snapshot {name} differs from {approvedPath}; see {receivedPath} (rename it to approve).");
    }
}
