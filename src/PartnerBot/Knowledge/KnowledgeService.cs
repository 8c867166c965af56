using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PartnerBot.Knowledge;

/// <summary>
/// Loads the knowledge base in the background at start (the web server is up meanwhile and <c>/ready</c> says 503),
/// then watches the corpus and config folders and rebuilds on change. A failed rebuild keeps the old index.
/// </summary>
internal sealed class KnowledgeService(
    ReloadingKnowledgeSource source,
    IKnowledgeLoader loader,
    IOptions<KnowledgeOptions> options,
    TimeProvider time,
    ILogger<KnowledgeService> logger) : BackgroundService
{
    private const string SettingsFile = "partnerbot.json";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var debouncer = new ChangeDebouncer(time, TimeSpan.FromMilliseconds(options.Value.ReloadDebounceMilliseconds));
        var watchers = new List<FileSystemWatcher>();
        try
        {
            if (options.Value.Watch) watchers.AddRange(loader.WatchedFolders.Select(f => Watch(f, debouncer)));
            else Log.HotReloadOff(logger);
            if (watchers.Count > 0) Log.Watching(logger, string.Join(", ", loader.WatchedFolders));
            await LoadAsync(first: true, stoppingToken).ConfigureAwait(false);
            await foreach (var _ in debouncer.Requests.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await LoadAsync(first: false, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var watcher in watchers) watcher.Dispose();
        }
    }

    private async Task LoadAsync(bool first, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        try
        {
            // Off the request threads: a rebuild reads every file and builds the FTS5 index.
            var knowledge = await Task.Run(() => loader.Load(ct), ct).ConfigureAwait(false);
            source.Swap(knowledge);
            var stats = knowledge.Index.Statistics;
            var seconds = time.GetElapsedTime(started).TotalSeconds;
            if (first) Log.IndexLoaded(logger, stats.Articles, stats.Passages, stats.Terms, stats.Reused, seconds, stats.Location);
            else Log.IndexReloaded(logger, stats.Articles, stats.Passages, stats.Terms, seconds);
            if (knowledge.Corpus.Skipped.Count > 0) Log.FilesSkipped(logger, knowledge.Corpus.Skipped.Count);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            source.Failed(e.Message);
            if (first) Log.IndexLoadFailed(logger, e.Message);
            else Log.IndexReloadFailed(logger, e.Message);
        }
    }

    private FileSystemWatcher Watch(string folder, ChangeDebouncer debouncer)
    {
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName };
        void OnChange(object sender, FileSystemEventArgs e)
        {
            // Service settings live next to the tables but do not change the index.
            if (!string.Equals(Path.GetFileName(e.FullPath), SettingsFile, StringComparison.OrdinalIgnoreCase)) debouncer.Touch();
        }
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;
        watcher.Error += (_, e) => Log.WatcherError(logger, e.GetException().Message);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
