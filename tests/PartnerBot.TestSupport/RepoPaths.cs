namespace PartnerBot.TestSupport;

/// <summary>Finds files of this repository from a test's output folder (tests never read ../shared).</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder holding PartnerBot.sln.</summary>
    public static string Root => s_root.Value;

    /// <summary>The default corpus: the repository's <c>seeds/</c>.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The repository's <c>config/</c>.</summary>
    public static string Config => Path.Combine(Root, "config");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PartnerBot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("PartnerBot.sln not found above " + AppContext.BaseDirectory);
    }
}
