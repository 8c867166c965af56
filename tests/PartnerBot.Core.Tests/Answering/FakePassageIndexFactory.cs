using PartnerBot.Core.Articles;
using PartnerBot.Core.Search;

namespace PartnerBot.Core.Tests.Answering;

/// <summary>Opens a <see cref="FakePassageIndex"/> over any corpus.</summary>
internal sealed class FakePassageIndexFactory : IPassageIndexFactory
{
    public IPassageIndex Open(Corpus corpus, string dataDirectory, CancellationToken cancellationToken = default) =>
        new FakePassageIndex(corpus);
}
