using System.CommandLine;
using System.Text.Json;
using PartnerBot.Composition;

namespace PartnerBot.Cli;

/// <summary><c>ask "question"</c>, <c>ask --json "question"</c>, and <c>ask --json</c> reading questions from standard input.</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string?>("question") { Description = "The question. With --json and no question, questions are read from standard input, one per line (plain text or {\"id\",\"q\"}).", Arity = ArgumentArity.ZeroOrOne };
        var explain = new Option<bool>("--explain") { Description = "Show how the question was analysed and ranked.", Hidden = true };
        var command = new Command("ask", "Answer a question from the articles, with citations.") { question, CliOptions.Json, explain };
        command.SetAction((result, ct) => CliRunner.RunAsync(result, async (knowledge, output) =>
        {
            var text = result.GetValue(question);
            var json = result.GetValue(CliOptions.Json);
            if (text is null)
            {
                if (!json) throw new CliException("ask needs a question (or --json to read questions from standard input).");
                await Batch(knowledge.Current.Answers, Console.In, output, ct).ConfigureAwait(false);
                return 0;
            }
            if (result.GetValue(explain) && knowledge.Current.Answers is Core.Answering.AnswerEngine engine) output.Write(engine.Explain(text));
            var answer = knowledge.Current.Answers.Ask(text, ct);
            if (json) output.WriteLine(JsonOutput.Answer(answer));
            else TextOutput.Answer(output, answer);
            return 0;
        }));
        return command;
    }

    /// <summary>One JSON line out per line in; blank lines are skipped; a bad line gets an error object, not an exit.</summary>
    internal static async Task Batch(Core.Answering.IAnswerEngine engine, TextReader input, TextWriter output, CancellationToken ct)
    {
        while (await input.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var (id, q, error) = ParseLine(line);
            output.WriteLine(error is not null ? JsonOutput.Error(error, id) : JsonOutput.Answer(engine.Ask(q!, ct), id));
        }
    }

    internal static (string? Id, string? Question, string? Error) ParseLine(string line)
    {
        var trimmed = line.Trim();
        if (!trimmed.StartsWith('{')) return (null, trimmed, null);
        string? id = null;
        try
        {
            using var doc = JsonDocument.Parse(trimmed);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, null, "a JSON line must be an object with a string field \"q\"");
            id = root.TryGetProperty("id", out var idElement) ? idElement.ToString() : null;
            if (!root.TryGetProperty("q", out var q) || q.ValueKind != JsonValueKind.String)
            {
                return (id, null, "line has no string field \"q\"");
            }
            return (id, q.GetString(), null);
        }
        catch (JsonException e)
        {
            return (null, null, $"malformed JSON line: {e.Message}");
        }
        catch (InvalidOperationException e)
        {
            // Valid JSON whose string is not valid UTF-16 (a lone surrogate escape such as "\ud800").
            return (id, null, $"unreadable JSON line: {e.Message}");
        }
    }
}
