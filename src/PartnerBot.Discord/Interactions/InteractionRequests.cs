using System.Text.Json;
using PartnerBot.Core.Conversation;
using PartnerBot.Discord.JsonModels;
using PartnerBot.Discord.Rendering;

namespace PartnerBot.Discord.Interactions;

/// <summary>Maps slash commands and button clicks to platform-neutral <see cref="BotRequest"/>s.</summary>
internal static class InteractionRequests
{
    public const string Platform = "discord";

    public static BotRequest? FromCommand(JsonInteraction interaction)
    {
        var data = interaction.Data;
        if (data?.Name is null) return null;
        var options = data.Options ?? [];
        (BotCommand Command, string Text, string? Channel)? mapped = data.Name switch
        {
            "ask" => (BotCommand.Ask, StringOption(options, "question"), null),
            "company" => (BotCommand.Company, StringOption(options, "name"), null),
            "fact" => (BotCommand.Fact, "", null),
            "sources" => (BotCommand.Sources, "", null),
            "help" => (BotCommand.Help, "", null),
            "factoftheday" => options.FirstOrDefault() switch
            {
                { Name: "subscribe" } sub => (BotCommand.SubscribeFact, "", StringOption(sub.Options ?? [], "channel")),
                { Name: "unsubscribe" } => (BotCommand.UnsubscribeFact, "", null),
                { Name: "status" } => (BotCommand.FactStatus, "", null),
                _ => null,
            },
            _ => null,
        };
        if (mapped is not { } m) return null;
        var channel = string.IsNullOrEmpty(m.Channel) ? interaction.ChannelId ?? "" : m.Channel;
        return new BotRequest(m.Command, m.Text, User(interaction), new BotLocation(Platform, channel, interaction.GuildId));
    }

    public static BotRequest? FromComponent(JsonInteraction interaction) =>
        CustomIds.TryParse(interaction.Data?.CustomId, out var command, out var replyId)
            ? new BotRequest(command, replyId, User(interaction), new BotLocation(Platform, interaction.ChannelId ?? "", interaction.GuildId))
            : null;

    /// <summary>The value the user is typing in an autocomplete interaction.</summary>
    public static string FocusedValue(IEnumerable<JsonInteractionOption>? options)
    {
        foreach (var option in options ?? [])
        {
            if (option.Focused == true) return ValueText(option.Value);
            var nested = FocusedValue(option.Options);
            if (nested.Length > 0) return nested;
        }
        return "";
    }

    public static BotUser User(JsonInteraction interaction)
    {
        var user = interaction.Member?.User ?? interaction.User;
        return new BotUser(Platform, user?.Id ?? "", interaction.Member?.Nick ?? user?.GlobalName ?? user?.Username);
    }

    private static string StringOption(IEnumerable<JsonInteractionOption> options, string name) =>
        ValueText(options.FirstOrDefault(o => o.Name == name)?.Value);

    private static string ValueText(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString() ?? "",
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        _ => "",
    };
}
