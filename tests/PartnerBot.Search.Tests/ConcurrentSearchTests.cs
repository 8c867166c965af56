using PartnerBot.Core.Search;

using PartnerBot.TestSupport;

namespace PartnerBot.Search.Tests;

public sealed class ConcurrentSearchTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Search_FromSeveralThreads_AllAnswersCorrect(bool inMemory)
    {
        using var folder = new TempFolder();
        using var index = new SqlitePassageIndexFactory().Open(TestCorpus.Partnerships(), inMemory ? ":memory:" : folder.Path);
        var expected = new (string Query, int FirstId)[]
        {
            ("valued billion", 1), ("cafe", 4), ("海尔", 8), ("phd students", 7), ("hangzhou", 2), ("staff", 3),
        };
        using var start = new ManualResetEventSlim();

        var workers = Enumerable.Range(0, 8).Select(worker => Task.Factory.StartNew(() =>
        {
            start.Wait();
            var failures = 0;
            for (var i = 0; i < 300; i++)
            {
                var (query, firstId) = expected[(worker + i) % expected.Length];
                var hits = index.SearchWords(query);
                if (hits.Count == 0 || hits[0].PassageId != firstId) failures++;
            }
            return failures;
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        start.Set();

        var failures = await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.All(failures, f => Assert.Equal(0, f));
    }

    [Fact]
    public void Search_AfterDispose_Throws()
    {
        var index = new SqlitePassageIndexFactory().Open(TestCorpus.Partnerships(), ":memory:");
        index.Dispose();

        Assert.Throws<ObjectDisposedException>(() => index.Search(new IndexQuery([new QueryTerm("leeds")])));
    }
}
