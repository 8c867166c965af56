using Microsoft.Extensions.Logging;
using PartnerBot.Core.Conversation;
using PartnerBot.Discord.JsonModels;
using PartnerBot.Discord.Rendering;
using PartnerBot.Discord.Rest;

namespace PartnerBot.Discord.Interactions;

/// <summary>
/// Answers interactions inside Discord's 3-second window, timed from local receipt (monotonic clock, not snowflakes):
/// respond directly when the reply is ready in time, else defer (type 5) and edit the original response.
/// </summary>
internal sealed class InteractionHandler(IBot bot, DiscordRestClient rest, DiscordOptions options, TimeProvider time, DiscordMetrics metrics, ILogger logger)
{
    private const int ApplicationCommand = 2;
    private const int MessageComponent = 3;
    private const int Autocomplete = 4;
    private const int ChannelMessage = 4;
    private const int DeferredChannelMessage = 5;

    public async Task HandleAsync(JsonInteraction interaction, string? applicationId, long receivedTimestamp, CancellationToken cancellationToken)
    {
        switch (interaction.Type)
        {
            case Autocomplete:
                await AutocompleteAsync(interaction, receivedTimestamp, cancellationToken).ConfigureAwait(false);
                break;
            case ApplicationCommand:
                await AnswerAsync(interaction, InteractionRequests.FromCommand(interaction), "command", applicationId, receivedTimestamp, cancellationToken).ConfigureAwait(false);
                break;
            case MessageComponent:
                await AnswerAsync(interaction, InteractionRequests.FromComponent(interaction), "component", applicationId, receivedTimestamp, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task AutocompleteAsync(JsonInteraction interaction, long receivedTimestamp, CancellationToken cancellationToken)
    {
        var prefix = InteractionRequests.FocusedValue(interaction.Data?.Options);
        var names = bot.SuggestCompanies(prefix, DiscordLimits.Choices);
        var response = new JsonAutocompleteResponse();
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)).Take(DiscordLimits.Choices))
        {
            var text = name.Length <= DiscordLimits.ChoiceText ? name : name[..(DiscordLimits.ChoiceText - 1)] + "…";
            response.Data.Choices.Add(new JsonChoice { Name = text, Value = text });
        }
        await rest.RespondAsync(interaction.Id, interaction.Token, response, cancellationToken).ConfigureAwait(false);
        metrics.InteractionHandled("autocomplete", false, time.GetElapsedTime(receivedTimestamp));
    }

    private async Task AnswerAsync(JsonInteraction interaction, BotRequest? request, string kind, string? applicationId, long receivedTimestamp, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            await rest.RespondAsync(interaction.Id, interaction.Token, new JsonInteractionResponse
            {
                Type = ChannelMessage,
                Data = ReplyRenderer.Notice("Sorry, I don't know that command. Try /help.", ephemeral: true),
            }, cancellationToken).ConfigureAwait(false);
            return;
        }

        var work = HandleSafelyAsync(request, cancellationToken);
        var remaining = options.DeferAfter - time.GetElapsedTime(receivedTimestamp);
        if (!work.IsCompleted && remaining > TimeSpan.Zero)
        {
            using var delayCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(work, Task.Delay(remaining, time, delayCts.Token)).ConfigureAwait(false);
            await delayCts.CancelAsync().ConfigureAwait(false);
        }

        if (work.IsCompleted)
        {
            var reply = await work.ConfigureAwait(false);
            await rest.RespondAsync(interaction.Id, interaction.Token,
                new JsonInteractionResponse { Type = ChannelMessage, Data = ReplyRenderer.Render(reply, forInteraction: true) },
                cancellationToken).ConfigureAwait(false);
            metrics.InteractionHandled(kind, false, time.GetElapsedTime(receivedTimestamp));
            return;
        }

        Log.Deferred(logger, interaction.Id);
        await rest.RespondAsync(interaction.Id, interaction.Token, new JsonInteractionResponse { Type = DeferredChannelMessage }, cancellationToken)
            .ConfigureAwait(false);
        metrics.InteractionHandled(kind, true, time.GetElapsedTime(receivedTimestamp));
        var late = await work.ConfigureAwait(false);
        var appId = string.IsNullOrEmpty(applicationId) ? interaction.ApplicationId : applicationId;
        await rest.EditOriginalAsync(appId, interaction.Token, ReplyRenderer.Render(late, forInteraction: false), cancellationToken).ConfigureAwait(false);
    }

    private async Task<BotReply> HandleSafelyAsync(BotRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await bot.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.HandlerFailed(logger, ex, request.Command.ToString());
            return new BotReply(Guid.NewGuid().ToString("N")[..8], ReplyKind.Error, null,
                "Sorry, something went wrong while answering. Please try again.", [], [], [], Ephemeral: true);
        }
    }
}
