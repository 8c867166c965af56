using System.CommandLine;
using System.Globalization;
using PartnerBot.Core.Facts;
using PartnerBot.FactOfTheDay;

namespace PartnerBot.Cli;

/// <summary><c>fact [--date YYYY-MM-DD] [--json]</c>: the fact a day would post to a new destination.</summary>
internal static class FactCommand
{
    public static Option<string?> Date { get; } = new("--date")
    {
        Description = "Day to show (YYYY-MM-DD). Default: today in Europe/London.",
    };

    public static Command Create()
    {
        var command = new Command("fact", "Show the fact of the day that a date would post to a new destination.") { Date, CliOptions.Json };
        command.SetAction((result, _) =>
        {
            var text = result.GetValue(Date);
            DateOnly date;
            if (text is null)
            {
                var options = new FactOfTheDayOptions();
                date = DailySchedule.LocalDate(TimeProvider.System.GetUtcNow(), options.Zone);
            }
            else if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                Console.Error.WriteLine($"error: --date '{text}' is not a date; use YYYY-MM-DD, e.g. 2026-03-29.");
                return Task.FromResult(1);
            }
            return CliRunner.RunAsync(result, (knowledge, output) =>
            {
                var fact = knowledge.Current.Facts.ForDate(date);
                if (fact is null) throw new CliException("there are no fact candidates in this corpus");
                var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (result.GetValue(CliOptions.Json))
                {
                    output.WriteLine(JsonOutput.Write(w =>
                    {
                        w.WriteStartObject();
                        w.WriteString("date", day);
                        WriteFact(w, fact);
                        w.WriteEndObject();
                    }));
                }
                else
                {
                    output.WriteLine($"Fact of the day for {day}:");
                    output.WriteLine(fact.Text);
                    output.WriteLine($"— {Citation(fact)}");
                }
                return Task.FromResult(0);
            });
        });
        return command;
    }

    /// <summary>The shared fields: text, title, date_published, source.</summary>
    internal static void WriteFact(System.Text.Json.Utf8JsonWriter w, Fact fact)
    {
        w.WriteString("text", fact.Text);
        w.WriteString("title", fact.Article.Title);
        JsonOutput.WriteDate(w, "date_published", fact.Article.Date);
        w.WriteString("source", fact.Article.Source);
    }

    internal static string Citation(Fact fact)
    {
        var date = fact.Article.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        return date is null ? $"{fact.Article.Title} ({fact.Article.Source})" : $"{fact.Article.Title}, {date} ({fact.Article.Source})";
    }
}
