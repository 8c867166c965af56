using PartnerBot.Cli;

namespace PartnerBot.Tests.Cli;

/// <summary>Runs the command line in-process with Console input, output and error redirected.</summary>
internal static class CliRun
{
    public static async Task<(int Exit, string Out, string Error)> InvokeAsync(string? input, params string[] args)
    {
        var (oldOut, oldError, oldIn) = (Console.Out, Console.Error, Console.In);
        var output = new StringWriter();
        var error = new StringWriter();
        try
        {
            Console.SetOut(output);
            Console.SetError(error);
            Console.SetIn(new StringReader(input ?? string.Empty));
            var exit = await CliRoot.Create().Parse(args).InvokeAsync().WaitAsync(TimeSpan.FromMinutes(2));
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
            Console.SetIn(oldIn);
        }
    }

    /// <summary>Non-empty output lines.</summary>
    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
