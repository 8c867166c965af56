namespace PartnerBot.Core.Conversation;

/// <summary>
/// The one brain behind every platform: a request goes in, a reply model comes out.
/// Discord, Teams, the web page and the command line only translate to and from it.
/// </summary>
/// <remarks>Thread-safe; called concurrently by every platform.</remarks>
public interface IBot
{
    /// <summary>Handles a request. Never throws for bad user input; returns an error reply instead.</summary>
    Task<BotReply> HandleAsync(BotRequest request, CancellationToken cancellationToken = default);

    /// <summary>Company names for autocomplete: prefix, alias or near-miss matches, best first.</summary>
    IReadOnlyList<string> SuggestCompanies(string prefix, int max = 25);
}
