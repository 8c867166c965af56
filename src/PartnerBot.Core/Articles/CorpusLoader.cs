using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace PartnerBot.Core.Articles;

/// <summary>Reads a corpus: every <c>*.txt</c> and <c>*.md</c> file of a folder (top level), in ordinal file-name order.</summary>
/// <remarks>
/// Bad input never stops a load: empty, white-space-only, binary, non-UTF-8, unreadable and text-less files are
/// listed in <see cref="Corpus.Skipped"/> and logged as warnings naming the file and the reason; the rest is read.
/// <see cref="Corpus.ContentHash"/> covers <see cref="ArticleReader.RulesVersion"/> and every candidate file's
/// name and bytes (skipped ones too), so any change to the corpus or to the reading rules changes it.
/// Files are read and parsed in parallel; the result does not depend on it (ids and order follow file names).
/// </remarks>
public static class CorpusLoader
{
    private const int ParallelFrom = 32;

    /// <summary>Reads the corpus in <paramref name="folder"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist (the message says which).</exception>
    public static Corpus Load(string folder, ILogger? logger = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Corpus folder '{Path.GetFullPath(folder)}' does not exist.");
        }
        var names = Directory.EnumerateFileSystemEntries(folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(IsArticleFile)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var results = ForEach(names, name => CorpusFile.FromDisk(folder, name), ct);
        return Assemble(results, folder, logger);
    }

    /// <summary>Reads a corpus held in memory (tests, or a copy embedded in the program), in ordinal name order.</summary>
    public static Corpus Load(IEnumerable<(string Name, byte[] Content)> files, ILogger? logger = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var sorted = files.Where(f => IsArticleFile(f.Name)).OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
        var results = ForEach(sorted, file => CorpusFile.FromBytes(file.Name, file.Content), ct);
        return Assemble(results, "(in memory)", logger);
    }

    /// <summary>True for names the corpus reads: <c>*.txt</c> and <c>*.md</c>, any case.</summary>
    public static bool IsArticleFile(string name) =>
        name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    // Small corpora (the seeds) are read on the calling thread: starting pool threads would cost more than it saves.
    private static CorpusFile[] ForEach<T>(T[] items, Func<T, CorpusFile> read, CancellationToken ct)
    {
        var results = new CorpusFile[items.Length];
        if (items.Length < ParallelFrom)
        {
            for (var i = 0; i < items.Length; i++)
            {
                ct.ThrowIfCancellationRequested();
                results[i] = read(items[i]);
            }
            return results;
        }
        var options = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, items.Length, options, i => results[i] = read(items[i]));
        return results;
    }

    private static Corpus Assemble(CorpusFile[] files, string folder, ILogger? logger)
    {
        logger ??= NullLogger.Instance;
        var articles = new List<Article>(files.Length);
        var passages = new List<Passage>();
        var skipped = new List<SkippedFile>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"partnerbot-articles/{ArticleReader.RulesVersion}\n"));
        foreach (var file in files)
        {
            hash.AppendData(file.Digest);
            if (file.SkipReason is { } reason)
            {
                skipped.Add(new SkippedFile(file.Name, reason));
                Log.SkippedCorpusFile(logger, file.Name, reason);
                continue;
            }
            var offset = passages.Count;
            articles.Add(file.Parsed!.Article);
            foreach (var passage in file.Parsed.Passages) passages.Add(passage with { Id = passage.Id + offset });
        }
        Log.CorpusLoaded(logger, folder, articles.Count, passages.Count, skipped.Count);
        return new Corpus(articles, passages, skipped, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
