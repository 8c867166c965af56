using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PartnerBot.Core.Answering;
using PartnerBot.Core.Companies;

namespace PartnerBot.Cli;

/// <summary>Writes the command line's JSON shapes with a fixed field order.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Answer(Answer answer, string? id = null) => Write(w => WriteAnswer(w, answer, id));

    public static string Company(CompanyReport report) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("query", report.Query);
        w.WriteBoolean("found", report.Found);
        if (report.Company is { } company)
        {
            w.WriteString("name", company.Name);
            w.WriteString("description", company.Description);
            w.WriteStartArray("aliases");
            foreach (var alias in company.Aliases) w.WriteStringValue(alias);
            w.WriteEndArray();
            w.WriteStartArray("articles");
            foreach (var mention in report.Mentions)
            {
                w.WriteStartObject();
                w.WriteString("title", mention.Article.Title);
                WriteDate(w, "date", mention.Article.Date);
                w.WriteString("source", mention.Article.Source);
                w.WriteStartArray("passages");
                foreach (var c in mention.Passages)
                {
                    w.WriteStartObject();
                    w.WriteString("section", c.Section);
                    w.WriteString("snippet", c.Snippet);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        else
        {
            w.WriteStartArray("closest");
            foreach (var name in report.Closest) w.WriteStringValue(name);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    });

    public static string Error(string message, string? id = null) => Write(w =>
    {
        w.WriteStartObject();
        if (id is not null) w.WriteString("id", id);
        w.WriteString("error", message);
        w.WriteEndObject();
    });

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, s_options))
        {
            write(writer);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d) w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else w.WriteNull(name);
    }

    private static void WriteAnswer(Utf8JsonWriter w, Answer answer, string? id)
    {
        w.WriteStartObject();
        if (id is not null) w.WriteString("id", id);
        w.WriteString("question", answer.Question);
        w.WriteString("answer", answer.Text);
        w.WriteBoolean("abstained", answer.Abstained);
        w.WriteString("corrected", answer.Corrected);
        w.WriteStartArray("citations");
        foreach (var c in answer.Citations)
        {
            w.WriteStartObject();
            w.WriteString("title", c.Title);
            WriteDate(w, "date", c.Date);
            w.WriteString("section", c.Section);
            w.WriteString("source", c.Source);
            w.WriteString("snippet", c.Snippet);
            w.WriteNumber("score", c.Score);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
