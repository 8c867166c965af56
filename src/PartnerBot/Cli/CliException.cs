namespace PartnerBot.Cli;

/// <summary>An error the command line reports as one line, with exit code 1.</summary>
internal sealed class CliException(string message) : Exception(message);
