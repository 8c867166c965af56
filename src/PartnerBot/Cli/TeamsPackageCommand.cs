using System.CommandLine;
using PartnerBot.Teams;

namespace PartnerBot.Cli;

/// <summary><c>teams-package --app-id GUID [--output FILE] [--version X.Y.Z]</c>: writes the zip users upload to Teams.</summary>
internal static class TeamsPackageCommand
{
    public static Command Create()
    {
        var appId = new Option<string>("--app-id") { Description = "The bot's Microsoft App ID (GUID) from the Azure Bot resource.", Required = true };
        var output = new Option<string>("--output") { Description = "Zip file to write.", DefaultValueFactory = _ => "partnerbot-teams.zip" };
        var version = new Option<string>("--version") { Description = "App package version (x.y.z).", DefaultValueFactory = _ => "1.0.0" };
        var command = new Command("teams-package", "Write the Microsoft Teams app package (manifest and icons) to upload to Teams.") { appId, output, version };
        command.SetAction((result, _) =>
        {
            try
            {
                TeamsPackageBuilder.Write(result.GetValue(appId)!, result.GetValue(output)!, result.GetValue(version)!,
                    Directory.Exists(Path.Combine("config", "teams")) ? Path.Combine("config", "teams") : null);
                Console.WriteLine($"Wrote {result.GetValue(output)}");
                return Task.FromResult(0);
            }
            catch (Exception e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return Task.FromResult(1);
            }
        });
        return command;
    }
}
