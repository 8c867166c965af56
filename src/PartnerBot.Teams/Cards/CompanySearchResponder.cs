using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerBot.Core.Conversation;
using PartnerBot.Teams.Processing;
using PartnerBot.Teams.Schema;

namespace PartnerBot.Teams.Cards;

/// <summary>Answers the <c>composeExtension/query</c> invoke (company search) with a list of company cards.</summary>
/// <remarks>
/// Teams waits at most 5 seconds for this answer, synchronously. Matching is <see cref="IBot.SuggestCompanies"/>
/// (the same autocomplete matching Discord uses); each match's card comes from <see cref="BotCommand.Company"/>,
/// all in parallel, within <see cref="TeamsOptions.MessageExtensionBudget"/>. Matches whose card is not ready in
/// time still appear, with their name only.
/// </remarks>
internal sealed class CompanySearchResponder(IBot bot, IOptions<TeamsOptions> options, TimeProvider timeProvider, ILogger<CompanySearchResponder> logger)
{
    public const string InvokeName = "composeExtension/query";
    private const int CardBytes = 16 * 1024;
    private readonly TeamsOptions _options = options.Value;

    public async Task<JsonObject> RespondAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (query, count) = ReadQuery(activity.Value);
        if (query.Length == 0)
        {
            return Wrap(new JsonObject { ["type"] = "message", ["text"] = "Type part of a company name, e.g. \"Leeds\"." });
        }
        var names = bot.SuggestCompanies(query, count);
        var attachments = new JsonArray();
        if (names.Count == 0)
        {
            return Wrap(new JsonObject { ["type"] = "message", ["text"] = $"No company in the articles matches \"{ReplyCardBuilder.Truncate(query, 60)}\"." });
        }

        using var budget = new CancellationTokenSource(_options.MessageExtensionBudget, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        var user = ProcessingUser(activity);
        var tasks = names.Select(name => bot.HandleAsync(new BotRequest(BotCommand.Company, name, user, ActivityProcessor.Location(activity)), linked.Token)).ToArray();
        try
        {
            await Task.WhenAll(tasks).WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (Exception) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Log.MessageExtensionBudget(logger, _options.MessageExtensionBudget, tasks.Count(t => t.IsCompletedSuccessfully), tasks.Length);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // One failing lookup must not empty the whole list; failed ones show the name only.
        }
        cancellationToken.ThrowIfCancellationRequested();

        for (var i = 0; i < names.Count; i++)
        {
            var reply = tasks[i].IsCompletedSuccessfully ? tasks[i].Result : null;
            attachments.Add(Attachment(names[i], reply));
        }
        return Wrap(new JsonObject { ["type"] = "result", ["attachmentLayout"] = "list", ["attachments"] = attachments });
    }

    private static JsonObject Attachment(string name, BotReply? reply)
    {
        var shown = reply is { Kind: ReplyKind.Company } ? reply : null;
        var card = shown is not null
            ? ReplyCardBuilder.Build(shown with { Title = shown.Title ?? name }, CardBytes, interactive: false)
            : ReplyCardBuilder.Build(new BotReply("c", ReplyKind.Company, name, "Ask PartnerBot: company " + name, [], [], []), CardBytes, interactive: false);
        return new JsonObject
        {
            ["contentType"] = ReplyCardBuilder.ContentType,
            ["content"] = card,
            ["preview"] = new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.thumbnail",
                ["content"] = new JsonObject
                {
                    ["title"] = name,
                    ["text"] = shown is null ? string.Empty : ReplyCardBuilder.Truncate(shown.Text, 120),
                },
            },
        };
    }

    private static JsonObject Wrap(JsonObject composeExtension) => new() { ["composeExtension"] = composeExtension };

    private static BotUser ProcessingUser(Activity activity) => ActivityProcessor.User(activity);

    private static (string Query, int Count) ReadQuery(JsonElement? value)
    {
        var query = string.Empty;
        var count = 10;
        if (value is not { ValueKind: JsonValueKind.Object } v) return (query, count);
        if (v.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Array)
        {
            foreach (var p in parameters.EnumerateArray())
            {
                if (p.ValueKind != JsonValueKind.Object || !p.TryGetProperty("value", out var pv) || pv.ValueKind != JsonValueKind.String) continue;
                var name = p.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                if (name is "initialRun") continue;
                query = pv.GetString()!.Trim();
                break;
            }
        }
        if (v.TryGetProperty("queryOptions", out var queryOptions) && queryOptions.ValueKind == JsonValueKind.Object
            && queryOptions.TryGetProperty("count", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n2))
        {
            count = Math.Clamp(n2, 1, 25);
        }
        return (query.Length > 100 ? query[..100] : query, count);
    }
}
