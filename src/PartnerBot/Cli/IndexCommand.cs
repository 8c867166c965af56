using System.CommandLine;
using System.Globalization;
using PartnerBot.Composition;

namespace PartnerBot.Cli;

/// <summary><c>index</c>: rebuild the index, print its statistics and any skipped files.</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var command = new Command("index", "Rebuild the index and print statistics and skipped files.");
        command.SetAction((result, ct) =>
        {
            try
            {
                var settings = CliRunner.Settings(result);
                KnowledgeLoader.DeleteIndex(settings);
                using var knowledge = KnowledgeLoader.Load(settings, logger: null, ct);
                var stats = knowledge.Index.Statistics;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Indexed {stats.Articles} articles, {stats.Passages} passages, {stats.Terms} terms in {stats.BuildSeconds:0.000} s → {stats.Location}"));
                Console.WriteLine($"Facts: {knowledge.Facts.Facts.Count}");
                foreach (var skipped in knowledge.Corpus.Skipped) Console.WriteLine($"skipped {skipped.File}: {skipped.Reason}");
                return Task.FromResult(0);
            }
            catch (Exception e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return Task.FromResult(1);
            }
        });
        return command;
    }
}
