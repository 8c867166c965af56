using Microsoft.Extensions.Logging;

namespace PartnerBot;

/// <summary>Log messages of the state store and the fact of the day (event ids 6000–6099).</summary>
internal static partial class Log
{
    [LoggerMessage(6000, LogLevel.Error, "State file {Path} is unreadable ({Reason}); moved it to {Aside} and started a fresh one. Subscriptions and the posting log were reset.")]
    public static partial void StateCorrupt(ILogger logger, string path, string aside, string reason);
}
