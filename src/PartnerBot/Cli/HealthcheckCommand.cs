using System.CommandLine;

namespace PartnerBot.Cli;

/// <summary>
/// <c>healthcheck [--url URL]</c>: exit 0 when <c>/health</c> answers 200. The container's HEALTHCHECK uses it
/// because the ASP.NET runtime image has neither curl nor wget.
/// </summary>
internal static class HealthcheckCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "Health URL (default http://127.0.0.1:8080/health).", DefaultValueFactory = _ => "http://127.0.0.1:8080/health" };
        var command = new Command("healthcheck", "Check that a running service answers /health (for container health checks).") { url };
        command.SetAction(async (result, ct) =>
        {
            try
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
                using var response = await http.GetAsync(new Uri(result.GetValue(url)!), ct).ConfigureAwait(false);
                if (response.IsSuccessStatusCode) return 0;
                Console.Error.WriteLine($"unhealthy: HTTP {(int)response.StatusCode}");
                return 1;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UriFormatException)
            {
                Console.Error.WriteLine($"unhealthy: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
