using PartnerBot.Core;

namespace PartnerBot.Knowledge;

/// <summary>Builds a fresh <see cref="KnowledgeBase"/> from the configured folders (a seam for tests).</summary>
public interface IKnowledgeLoader
{
    /// <summary>Reads the corpus and tables and opens (or builds) the index. Throws when they cannot be read.</summary>
    KnowledgeBase Load(CancellationToken cancellationToken);

    /// <summary>Folders whose changes should trigger a rebuild (existing ones only).</summary>
    IReadOnlyList<string> WatchedFolders { get; }
}
