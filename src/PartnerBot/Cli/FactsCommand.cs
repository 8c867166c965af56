using System.CommandLine;

namespace PartnerBot.Cli;

/// <summary><c>facts [--json]</c>: every fact candidate (generated and from config/facts.json, minus exclusions).</summary>
internal static class FactsCommand
{
    public static Command Create()
    {
        var command = new Command("facts", "List every fact-of-the-day candidate with its citation.") { CliOptions.Json };
        command.SetAction((result, _) => CliRunner.RunAsync(result, (knowledge, output) =>
        {
            var facts = knowledge.Current.Facts.Facts;
            if (result.GetValue(CliOptions.Json))
            {
                output.WriteLine(JsonOutput.Write(w =>
                {
                    w.WriteStartArray();
                    foreach (var fact in facts)
                    {
                        w.WriteStartObject();
                        FactCommand.WriteFact(w, fact);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }));
                return Task.FromResult(0);
            }
            foreach (var fact in facts)
            {
                output.WriteLine($"[{fact.Key}] {fact.Text}");
                output.WriteLine($"    — {FactCommand.Citation(fact)}");
            }
            output.WriteLine($"{facts.Count} facts.");
            return Task.FromResult(0);
        }));
        return command;
    }
}
