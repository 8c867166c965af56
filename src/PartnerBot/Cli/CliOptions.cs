using System.CommandLine;

namespace PartnerBot.Cli;

/// <summary>Options shared by every command.</summary>
internal static class CliOptions
{
    public static Option<string?> Corpus { get; } = new("--corpus")
    {
        Description = "Folder of articles (.txt/.md). Default: ./seeds, else the seeds shipped with the program.",
        Recursive = true,
    };

    public static Option<string?> Data { get; } = new("--data")
    {
        Description = "Folder for the index and state (default: ./data; ':memory:' for a throw-away index).",
        Recursive = true,
    };

    public static Option<bool> Json { get; } = new("--json") { Description = "Print JSON instead of text." };
}
