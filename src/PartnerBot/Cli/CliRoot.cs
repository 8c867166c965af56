using System.CommandLine;

namespace PartnerBot.Cli;

/// <summary>The command line: <c>serve</c> (default), <c>ask</c>, <c>company</c>, <c>fact</c>, <c>index</c>, <c>sources</c>, <c>bench</c>.</summary>
internal static class CliRoot
{
    public static RootCommand Create()
    {
        var root = new RootCommand("PartnerBot: answers questions about Leeds City Region's partnerships with Chinese cities and firms, citing the articles.");
        root.Options.Add(CliOptions.Corpus);
        root.Options.Add(CliOptions.Data);
        var serve = ServeCommand.Create();
        root.Subcommands.Add(serve);
        root.Subcommands.Add(AskCommand.Create());
        root.Subcommands.Add(CompanyCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(FactCommand.Create());
        root.Subcommands.Add(FactsCommand.Create());
        root.Subcommands.Add(IndexCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(TeamsPackageCommand.Create());
        root.Subcommands.Add(HealthcheckCommand.Create());
        foreach (var option in serve.Options) root.Options.Add(option);
        root.SetAction((result, ct) => ServeCommand.RunAsync(result, ct));
        return root;
    }
}
