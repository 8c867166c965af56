namespace PartnerBot.Tests.FactOfTheDay;

/// <summary>Tests that redirect the process-wide Console run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
