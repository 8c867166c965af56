using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using PartnerBot.TestSupport;

namespace PartnerBot.Teams.Tests;

public sealed class PackageTests : IDisposable
{
    private const string AppId = "2f7b4f0e-1111-2222-3333-444455556666";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "partnerbot-teams-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Write_AppId_ZipWithManifestAndIcons()
    {
        var zipPath = Path.Combine(_folder, "out", "partnerbot-teams.zip");

        TeamsPackageBuilder.Write(AppId, zipPath, "1.2.3");

        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["manifest.json", "color.png", "outline.png"], zip.Entries.Select(e => e.FullName));
        var manifest = JsonNode.Parse(zip.GetEntry("manifest.json")!.Open())!;
        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal("1.2.3", manifest["version"]!.GetValue<string>());
        var bot = manifest["bots"]![0]!;
        Assert.Equal(AppId, bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var commands = bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();
        Assert.Superset(new HashSet<string> { "ask", "company", "fact", "help", "subscribe fact" }, commands.ToHashSet());
        Assert.True(commands.Count <= 10);
        var extension = manifest["composeExtensions"]![0]!;
        Assert.Equal(AppId, extension["botId"]!.GetValue<string>());
        Assert.Equal("query", extension["commands"]![0]!["type"]!.GetValue<string>());
        Assert.Equal((192, 192), PngSize(zip.GetEntry("color.png")!));
        Assert.Equal((32, 32), PngSize(zip.GetEntry("outline.png")!));
    }

    [Fact]
    public void Write_NotAGuid_ThrowsWithHint()
    {
        var ex = Assert.Throws<ArgumentException>(() => TeamsPackageBuilder.Write("my-bot", Path.Combine(_folder, "x.zip")));

        Assert.Contains("Azure Bot", ex.Message);
        Assert.False(File.Exists(Path.Combine(_folder, "x.zip")));
    }

    [Fact]
    public void EmbeddedTemplate_SameAsConfigFolder()
    {
        var fromRepo = TeamsPackageBuilder.Write(AppId, Path.Combine(_folder, "a.zip"), templateDirectory: Path.Combine(RepoPaths.Config, "teams"));
        var embedded = TeamsPackageBuilder.Write(AppId, Path.Combine(_folder, "b.zip"));

        Assert.Equal(fromRepo, embedded);
    }

    private static (int Width, int Height) PngSize(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var header = new byte[24];
        stream.ReadExactly(header);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], header[..4]);
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }
}
