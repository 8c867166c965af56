using System.Reflection;
using Microsoft.Extensions.Logging;
using PartnerBot.Core;
using PartnerBot.Core.Articles;
using PartnerBot.Core.Companies;
using PartnerBot.Core.Language;
using PartnerBot.Search;

namespace PartnerBot.Composition;

/// <summary>
/// Reads the corpus and the configuration tables and opens the index: the one place the command line, the
/// service and the benchmarks get a <see cref="KnowledgeBase"/> from.
/// </summary>
public static class KnowledgeLoader
{
    private const string DefaultCorpus = "seeds";
    private const string DefaultConfig = "config";
    private const string EmbeddedSeedsPrefix = "seeds/";

    public static KnowledgeBase Load(KnowledgeSettings settings, ILoggerFactory? logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var corpus = ReadCorpus(settings, logger, cancellationToken);
        var config = settings.ConfigFolder ?? (Directory.Exists(DefaultConfig) ? DefaultConfig : null);
        var language = LanguageResources.Load(config, cancellationToken);
        var companies = CompanyCatalog.Load(config, cancellationToken);
        var factory = new SqlitePassageIndexFactory(logger?.CreateLogger<SqlitePassageIndexFactory>());
        var facts = PartnerBot.Core.Facts.FactRules.Load(config, cancellationToken);
        return KnowledgeBase.Create(corpus, factory, settings.DataPath, language, companies, options: settings.Answers, cancellationToken: cancellationToken, factRules: facts);
    }

    /// <summary>The corpus: the given folder, else ./seeds, else the seeds shipped inside the program.</summary>
    public static Corpus ReadCorpus(KnowledgeSettings settings, ILoggerFactory? logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var log = logger?.CreateLogger("PartnerBot.Corpus");
        if (settings.CorpusFolder is { } folder)
        {
            if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"corpus folder '{folder}' not found");
            return CorpusLoader.Load(folder, log, cancellationToken);
        }
        if (Directory.Exists(DefaultCorpus)) return CorpusLoader.Load(DefaultCorpus, log, cancellationToken);
        return CorpusLoader.Load(EmbeddedSeeds(), log, cancellationToken);
    }

    /// <summary>Deletes the stored index so the next load rebuilds it.</summary>
    public static void DeleteIndex(KnowledgeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        SqlitePassageIndexFactory.DeleteIndex(settings.DataPath);
    }

    /// <summary>The seed articles compiled into this assembly (name, bytes), in name order.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> EmbeddedSeeds()
    {
        var assembly = typeof(KnowledgeLoader).Assembly;
        var result = new List<(string, byte[])>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(EmbeddedSeedsPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            result.Add((name[EmbeddedSeedsPrefix.Length..], copy.ToArray()));
        }
        return result;
    }
}
