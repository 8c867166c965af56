using PartnerBot.Core.Answering;
using PartnerBot.Core.Companies;

namespace PartnerBot.Cli;

/// <summary>Human-readable output of the command line.</summary>
internal static class TextOutput
{
    public static void Answer(TextWriter output, Answer answer)
    {
        if (answer.Corrected is not null) output.WriteLine($"(showing results for “{answer.Corrected}”)");
        output.WriteLine(answer.Text);
        if (answer.Abstained && answer.Suggestions.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("The articles cover, for example:");
            foreach (var s in answer.Suggestions) output.WriteLine($"  • {s}");
        }
        Citations(output, answer.Citations);
    }

    public static void Citations(TextWriter output, IReadOnlyList<Citation> citations, int first = 1)
    {
        if (citations.Count == 0) return;
        output.WriteLine();
        var n = first;
        foreach (var c in citations)
        {
            output.WriteLine($"[{n++}] {Heading(c)}");
            output.WriteLine($"    {Marked(c)}");
            output.WriteLine($"    source: {c.Source}");
        }
    }

    public static void Company(TextWriter output, CompanyReport report)
    {
        if (report.Company is not { } company)
        {
            output.WriteLine($"No company called “{report.Query}” in the articles.");
            if (report.Closest.Count > 0) output.WriteLine($"Closest known names: {string.Join(", ", report.Closest)}");
            return;
        }
        output.WriteLine(company.Name);
        if (!string.IsNullOrEmpty(company.Description)) output.WriteLine(company.Description);
        if (company.Aliases.Count > 0) output.WriteLine($"Also known as: {string.Join(", ", company.Aliases)}");
        if (report.Mentions.Count == 0) output.WriteLine("The articles name it but say nothing more about it.");
        foreach (var mention in report.Mentions)
        {
            output.WriteLine();
            output.WriteLine($"{mention.Article.Title} — {mention.Article.Date?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}");
            foreach (var c in mention.Passages) output.WriteLine($"  • {Marked(c)}");
        }
    }

    /// <summary>"Title — 11 March 2020, Section".</summary>
    public static string Heading(Citation c)
    {
        var detail = string.Join(", ", new[] { c.DateText, c.Section ?? string.Empty }.Where(s => s.Length > 0));
        return detail.Length > 0 ? $"{c.Title} — {detail}" : c.Title;
    }

    /// <summary>The snippet with matched terms between « and ».</summary>
    public static string Marked(Citation c)
    {
        var text = c.Snippet;
        var builder = new System.Text.StringBuilder(text.Length + (c.Highlights.Count * 2));
        var at = 0;
        foreach (var h in c.Highlights.OrderBy(h => h.Start))
        {
            if (h.Start < at || h.Start + h.Length > text.Length) continue;
            builder.Append(text, at, h.Start - at).Append('«').Append(text, h.Start, h.Length).Append('»');
            at = h.Start + h.Length;
        }
        return builder.Append(text, at, text.Length - at).ToString();
    }
}
