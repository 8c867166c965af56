using Microsoft.Extensions.Logging;
using PartnerBot.Core.Search;

using PartnerBot.TestSupport;

namespace PartnerBot.Search.Tests;

public sealed class IndexLoggingTests
{
    [Fact]
    public void Open_BuildThenReuse_LogsEachWithCounts()
    {
        using var folder = new TempFolder();
        var logger = new RecordingLogger<SqlitePassageIndexFactory>();
        var factory = new SqlitePassageIndexFactory(logger);

        using (factory.Open(TestCorpus.Partnerships(), folder.Path)) { }
        using (factory.Open(TestCorpus.Partnerships(), folder.Path)) { }

        var built = Assert.Single(logger.Entries, e => e.Event.Id == 2000);
        var reused = Assert.Single(logger.Entries, e => e.Event.Id == 2001);
        Assert.Contains("9 passages", built.Message);
        Assert.Contains("3 articles", reused.Message);
        Assert.Equal(LogLevel.Information, built.Level);
    }
}
