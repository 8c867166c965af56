using System.CommandLine;

namespace PartnerBot.Cli;

/// <summary><c>company NAME [--json]</c>: what the articles say about a company.</summary>
internal static class CompanyCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Company name or alias (e.g. Geely, 吉利, AliCloud)." };
        var command = new Command("company", "Every passage that mentions a company, grouped by article.") { name, CliOptions.Json };
        command.SetAction((result, ct) => CliRunner.RunAsync(result, (knowledge, output) =>
        {
            var report = knowledge.Current.CompanyLookup.Lookup(result.GetValue(name)!, ct);
            if (result.GetValue(CliOptions.Json)) output.WriteLine(JsonOutput.Company(report));
            else TextOutput.Company(output, report);
            return Task.FromResult(report.Found ? 0 : 3);
        }));
        return command;
    }
}
