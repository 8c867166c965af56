using PartnerBot.Core.Articles;

namespace PartnerBot.Core.Search;

/// <summary>Opens an index for a corpus: reuses a stored one whose content hash matches, otherwise builds it.</summary>
public interface IPassageIndexFactory
{
    /// <param name="corpus">The corpus to index.</param>
    /// <param name="dataDirectory">Folder for the database file, or <c>:memory:</c> for a throw-away index.</param>
    /// <param name="cancellationToken">Cancels a build.</param>
    IPassageIndex Open(Corpus corpus, string dataDirectory, CancellationToken cancellationToken = default);
}
