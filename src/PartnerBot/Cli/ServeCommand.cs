using System.CommandLine;
using PartnerBot.Hosting;

namespace PartnerBot.Cli;

/// <summary><c>serve</c> (the default command): runs the service until Ctrl+C or SIGTERM.</summary>
internal static class ServeCommand
{
    public static Option<string?> Urls { get; } = new("--urls") { Description = "Addresses to listen on, ';'-separated (default http://localhost:5080)." };

    public static Command Create()
    {
        var command = new Command("serve", "Run the service: web page, API, Teams endpoint, Discord and the daily scheduler.") { Urls };
        command.SetAction((result, ct) => RunAsync(result, ct));
        return command;
    }

    public static async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        try
        {
            var settings = new HostSettings(result.GetValue(CliOptions.Corpus), result.GetValue(CliOptions.Data), result.GetValue(Urls));
            await using var app = ServiceHost.Build(settings);
            ServiceHost.Validate(app);
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (StartupException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 130;
        }
    }
}
