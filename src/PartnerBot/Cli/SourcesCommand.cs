using System.CommandLine;
using System.Globalization;

namespace PartnerBot.Cli;

/// <summary><c>sources</c>: the articles, with dates and passage counts.</summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var command = new Command("sources", "List the articles with their dates and passage counts.") { CliOptions.Json };
        command.SetAction((result, _) => CliRunner.RunAsync(result, (knowledge, output) =>
        {
            var corpus = knowledge.Current.Corpus;
            var counts = corpus.Passages.GroupBy(p => p.Article.Id).ToDictionary(g => g.Key, g => g.Count());
            if (result.GetValue(CliOptions.Json))
            {
                output.WriteLine(JsonOutput.Write(w =>
                {
                    w.WriteStartArray();
                    foreach (var a in corpus.Articles)
                    {
                        w.WriteStartObject();
                        w.WriteString("title", a.Title);
                        JsonOutput.WriteDate(w, "date", a.Date);
                        w.WriteString("place", a.Place);
                        w.WriteString("source", a.Source);
                        w.WriteNumber("passages", counts.GetValueOrDefault(a.Id));
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }));
                return Task.FromResult(0);
            }
            foreach (var a in corpus.Articles)
            {
                var date = a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated   ";
                output.WriteLine($"{date}  {counts.GetValueOrDefault(a.Id),4} passages  {a.Title}  ({a.Source})");
            }
            output.WriteLine($"{corpus.Articles.Count} articles, {corpus.Passages.Count} passages.");
            return Task.FromResult(0);
        }));
        return command;
    }
}
