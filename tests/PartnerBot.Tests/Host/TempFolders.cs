using PartnerBot.TestSupport;

namespace PartnerBot.Tests.Host;

/// <summary>Copies of the repository's seeds/ and config/ in a temp folder, deleted on dispose.</summary>
internal sealed class TempFolders : IDisposable
{
    public TempFolders()
    {
        Root = Path.Combine(Path.GetTempPath(), "partnerbot-host-" + Guid.NewGuid().ToString("N")[..8]);
        Corpus = Copy(RepoPaths.Seeds, Path.Combine(Root, "seeds"));
        Config = Copy(RepoPaths.Config, Path.Combine(Root, "config"));
    }

    public string Root { get; }

    public string Corpus { get; }

    public string Config { get; }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        return to;
    }
}
