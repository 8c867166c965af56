using System.CommandLine;

namespace PartnerBot.Cli;

/// <summary><c>serve</c> (the default command): runs the service. Filled in by the service-host work.</summary>
internal static class ServeCommand
{
    public static Option<string?> Urls { get; } = new("--urls") { Description = "Addresses to listen on (default http://localhost:5080)." };

    public static Command Create()
    {
        var command = new Command("serve", "Run the service: web page, API, Teams endpoint, Discord and the daily scheduler.") { Urls };
        command.SetAction((result, ct) => RunAsync(result, ct));
        return command;
    }

    public static Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine("error: serve is not available yet");
        return Task.FromResult(1);
    }
}
