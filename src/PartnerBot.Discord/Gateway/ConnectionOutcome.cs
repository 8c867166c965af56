namespace PartnerBot.Discord.Gateway;

/// <summary>How a gateway connection ended and what to do next.</summary>
/// <param name="Next">Resume, start a new session, stop (fatal) or shut down.</param>
/// <param name="Reason">Why, for logs and the status page.</param>
/// <param name="CloseCode">Close code to send if the client is the one closing (never 1000/1001 when resuming).</param>
/// <param name="IdentifyDelay">Wait before the next Identify (op 9 asks for 1–5 s).</param>
internal sealed record ConnectionOutcome(NextStep Next, string Reason, int CloseCode = 4000, TimeSpan IdentifyDelay = default)
{
    public static ConnectionOutcome Resume(string reason) => new(NextStep.Resume, reason);

    public static ConnectionOutcome NewSession(string reason, TimeSpan identifyDelay = default) => new(NextStep.NewSession, reason, 4000, identifyDelay);

    public static ConnectionOutcome Fatal(string reason) => new(NextStep.Stop, reason, 1000);

    public static ConnectionOutcome Shutdown() => new(NextStep.Shutdown, "shutting down", 1000);
}
