using System.CommandLine;
using PartnerBot.Composition;
using PartnerBot.Core;

namespace PartnerBot.Cli;

/// <summary>Loads the knowledge base for a command and turns every failure into one clear line and exit code 1.</summary>
internal static class CliRunner
{
    public static async Task<int> RunAsync(ParseResult result, Func<IKnowledgeSource, TextWriter, Task<int>> action)
    {
        try
        {
            var settings = Settings(result);
            using var knowledge = KnowledgeLoader.Load(settings, logger: null);
            return await action(new StaticKnowledgeSource(knowledge), Console.Out).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("error: cancelled");
            return 130;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    public static KnowledgeSettings Settings(ParseResult result) =>
        new(result.GetValue(CliOptions.Corpus), result.GetValue(CliOptions.Data));
}
