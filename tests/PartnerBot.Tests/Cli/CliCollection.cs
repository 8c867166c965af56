namespace PartnerBot.Tests.Cli;

/// <summary>Command-line tests redirect the process-wide Console, so they never run in parallel with each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliCollection
{
    public const string Name = "Console";
}
