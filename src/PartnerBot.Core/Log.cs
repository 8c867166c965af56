using Microsoft.Extensions.Logging;

namespace PartnerBot.Core;

/// <summary>Source-generated log messages of PartnerBot.Core (event ids 1000–1999).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Skipped corpus file {File}: {Reason}")]
    public static partial void SkippedCorpusFile(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information,
        Message = "Read corpus {Folder}: {Articles} articles, {Passages} passages, {Skipped} files skipped")]
    public static partial void CorpusLoaded(ILogger logger, string folder, int articles, int passages, int skipped);
}
