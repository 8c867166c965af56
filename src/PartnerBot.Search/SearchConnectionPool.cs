using System.Collections.Concurrent;

namespace PartnerBot.Search;

/// <summary>
/// Read connections for concurrent searches. <c>SqliteConnection</c> is not thread-safe, so each search rents
/// its own connection (with its already prepared statement) and gives it back.
/// </summary>
internal sealed class SearchConnectionPool(string connectionString, string selectSql) : IDisposable
{
    private readonly ConcurrentBag<SearchConnection> _idle = [];
    private readonly int _maxIdle = Math.Max(4, Environment.ProcessorCount * 2);
    private volatile bool _disposed;

    public SearchConnection Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _idle.TryTake(out var connection) ? connection : new SearchConnection(connectionString, selectSql);
    }

    public void Return(SearchConnection connection)
    {
        if (_disposed || _idle.Count >= _maxIdle)
        {
            connection.Dispose();
            return;
        }
        _idle.Add(connection);
        // Dispose may have run between the check and the add; drain again so nothing leaks.
        if (_disposed) Drain();
    }

    public void Dispose()
    {
        _disposed = true;
        Drain();
    }

    private void Drain()
    {
        while (_idle.TryTake(out var connection)) connection.Dispose();
    }
}
