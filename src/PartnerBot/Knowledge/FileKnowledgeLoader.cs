using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerBot.Composition;
using PartnerBot.Core;
using PartnerBot.Core.Answering;

namespace PartnerBot.Knowledge;

/// <summary>Loads through <see cref="KnowledgeLoader"/> from the folders in <see cref="KnowledgeOptions"/>.</summary>
internal sealed class FileKnowledgeLoader(IOptions<KnowledgeOptions> options, ILoggerFactory loggerFactory) : IKnowledgeLoader
{
    private readonly KnowledgeSettings _settings = new(
        Blank(options.Value.CorpusFolder), Blank(options.Value.DataFolder), Blank(options.Value.ConfigFolder),
        new AnswerOptions { CacheSize = Math.Max(0, options.Value.AnswerCacheSize) });

    public IReadOnlyList<string> WatchedFolders { get; } = Folders(options.Value);

    public KnowledgeBase Load(CancellationToken cancellationToken) => KnowledgeLoader.Load(_settings, loggerFactory, cancellationToken);

    private static string[] Folders(KnowledgeOptions o) =>
        new[] { Blank(o.CorpusFolder) ?? "seeds", Blank(o.ConfigFolder) ?? "config" }
            .Where(Directory.Exists).Select(Path.GetFullPath).Distinct().ToArray();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
