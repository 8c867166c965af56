using Microsoft.Extensions.Logging;
using PartnerBot.Core.Articles;
using PartnerBot.TestSupport;

namespace PartnerBot.Core.Tests.Articles;

public sealed class CorpusLoaderTests : IDisposable
{
    private const string Good = "Title\n\nLeeds and Hangzhou are sister cities.";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_BadFiles_AreSkippedWithReasonsAndWarningsWhileOthersLoad()
    {
        _folder.Write("a-good.txt", Good);
        _folder.Write("b-empty.txt", "");
        _folder.Write("c-blank.md", " \n\t\n");
        _folder.Write("d-binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10]);
        _folder.Write("e-latin1.txt", [.. "Caf"u8, 0xE9, .. "\n\nText."u8]);
        _folder.Write("f-utf16.txt", System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(Good)).ToArray());
        _folder.Write("g-only-furniture.txt", "Title\n\nbroken image\n\nShare this");
        Directory.CreateDirectory(Path.Combine(_folder.Path, "h-folder.txt"));
        _folder.Write("i-good.md", "# Second\n\nMore text here.");
        _folder.Write("notes.json", "{}");
        var logger = new ListLogger();

        var corpus = CorpusLoader.Load(_folder.Path, logger);

        Assert.Equal(["a-good", "i-good"], corpus.Articles.Select(a => a.Id));
        Assert.Equal(
            ["b-empty.txt", "c-blank.md", "d-binary.txt", "e-latin1.txt", "f-utf16.txt", "g-only-furniture.txt", "h-folder.txt"],
            corpus.Skipped.Select(s => s.File));
        var reasons = corpus.Skipped.ToDictionary(s => s.File, s => s.Reason);
        Assert.Equal("empty file", reasons["b-empty.txt"]);
        Assert.Equal("only white space", reasons["c-blank.md"]);
        Assert.Contains("binary", reasons["d-binary.txt"], StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", reasons["e-latin1.txt"], StringComparison.Ordinal);
        Assert.Contains("UTF-16", reasons["f-utf16.txt"], StringComparison.Ordinal);
        Assert.Contains("no article text", reasons["g-only-furniture.txt"], StringComparison.Ordinal);
        Assert.Equal("is a folder, not a file", reasons["h-folder.txt"]);
        var warnings = logger.Entries.Where(e => e.Level == LogLevel.Warning).ToList();
        Assert.Equal(7, warnings.Count);
        foreach (var skipped in corpus.Skipped)
        {
            Assert.Contains(warnings, w => w.Message.Contains(skipped.File, StringComparison.Ordinal)
                && w.Message.Contains(skipped.Reason, StringComparison.Ordinal) && w.Id.Id == 1001);
        }
    }

    [Fact]
    public void Load_FileLockedByAnotherWriter_IsSkippedAsUnreadable()
    {
        _folder.Write("a.txt", Good);
        var locked = _folder.Write("b.txt", Good);
        using var holder = new FileStream(locked, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var corpus = CorpusLoader.Load(_folder.Path);

        Assert.Equal(["a"], corpus.Articles.Select(a => a.Id));
        var skipped = Assert.Single(corpus.Skipped);
        Assert.Equal("b.txt", skipped.File);
        Assert.StartsWith("could not be read: ", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFolder_ThrowsWithTheFolderInTheMessage()
    {
        var missing = Path.Combine(_folder.Path, "nope");

        var error = Assert.Throws<DirectoryNotFoundException>(() => CorpusLoader.Load(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FilesInOrdinalNameOrder_WithDensePassageIds()
    {
        _folder.Write("b.txt", "B\n\nOne.\n\nTwo.");
        _folder.Write("B.md", "Upper\n\nThree.");
        _folder.Write("a.txt", "A\n\nFour.");

        var corpus = CorpusLoader.Load(_folder.Path);

        Assert.Equal(["B", "a", "b"], corpus.Articles.Select(a => a.Id));
        Assert.Equal(["Three.", "Four.", "One.", "Two."], corpus.Passages.Select(p => p.Text));
        Assert.Equal([0, 1, 2, 3], corpus.Passages.Select(p => p.Id));
        Assert.Equal("b.txt", corpus.Passages[3].Article.SourceFile);
    }

    [Fact]
    public void Load_SubfoldersAreNotRead()
    {
        _folder.Write("a.txt", Good);
        Directory.CreateDirectory(Path.Combine(_folder.Path, "sub"));
        _folder.Write(Path.Combine("sub", "b.txt"), Good);

        Assert.Single(CorpusLoader.Load(_folder.Path).Articles);
    }

    [Fact]
    public void Load_ContentHash_ChangesWithContentNameOrNewFileAndOnlyThen()
    {
        _folder.Write("a.txt", Good);
        _folder.Write("b.txt", Good);
        var first = CorpusLoader.Load(_folder.Path).ContentHash;

        Assert.Equal(first, CorpusLoader.Load(_folder.Path).ContentHash);

        _folder.Write("b.txt", Good + " ");
        var edited = CorpusLoader.Load(_folder.Path).ContentHash;
        Assert.NotEqual(first, edited);

        File.Move(Path.Combine(_folder.Path, "b.txt"), Path.Combine(_folder.Path, "c.txt"));
        var renamed = CorpusLoader.Load(_folder.Path).ContentHash;
        Assert.NotEqual(edited, renamed);

        _folder.Write("d.txt", "");
        var withSkippedFile = CorpusLoader.Load(_folder.Path).ContentHash;
        Assert.NotEqual(renamed, withSkippedFile);
        Assert.Matches("^[0-9a-f]{64}$", withSkippedFile);
    }

    [Fact]
    public void Load_ContentHash_DependsOnHowBytesAreSplitBetweenFiles()
    {
        var one = CorpusLoader.Load([("a.txt", "T\n\nAB."u8.ToArray()), ("b.txt", "T\n\nC."u8.ToArray())]);
        var two = CorpusLoader.Load([("a.txt", "T\n\nA"u8.ToArray()), ("b.txt", "B.T\n\nC."u8.ToArray())]);

        Assert.NotEqual(one.ContentHash, two.ContentHash);
    }

    [Fact]
    public void Load_InMemory_MatchesFolder()
    {
        var files = Directory.GetFiles(RepoPaths.Seeds).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).Reverse().ToList();

        var fromMemory = CorpusLoader.Load(files);
        var fromFolder = CorpusLoader.Load(RepoPaths.Seeds);

        Assert.Equal(fromFolder.ContentHash, fromMemory.ContentHash);
        Assert.Equal(fromFolder.Articles, fromMemory.Articles);
        Assert.Equal(fromFolder.Passages.Select(p => (p.Id, p.Text, p.Section)), fromMemory.Passages.Select(p => (p.Id, p.Text, p.Section)));
    }

    [Fact]
    public void Load_ManyFiles_ReadInParallelKeepNameOrderAndDenseIds()
    {
        for (var i = 0; i < 100; i++)
        {
            _folder.Write($"{i:D3}.txt", $"Title {i}\n\nFirst paragraph of {i}.\n\nSecond paragraph of {i}.");
        }
        _folder.Write("050-bad.txt", "");

        var corpus = CorpusLoader.Load(_folder.Path);

        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"{i:D3}"), corpus.Articles.Select(a => a.Id));
        Assert.Equal(Enumerable.Range(0, 200), corpus.Passages.Select(p => p.Id));
        Assert.Equal("First paragraph of 51.", corpus.Passages[102].Text);
        Assert.Equal("050-bad.txt", Assert.Single(corpus.Skipped).File);
    }

    [Fact]
    public void Load_CancelledToken_Throws()
    {
        _folder.Write("a.txt", Good);

        Assert.ThrowsAny<OperationCanceledException>(() => CorpusLoader.Load(_folder.Path, ct: new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Load_Logs_SummaryAsInformation()
    {
        _folder.Write("a.txt", Good);
        var logger = new ListLogger();

        CorpusLoader.Load(_folder.Path, logger);

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Contains("1 articles, 1 passages, 0 files skipped", entry.Message, StringComparison.Ordinal);
    }
}
