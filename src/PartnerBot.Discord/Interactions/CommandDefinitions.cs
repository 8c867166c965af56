using PartnerBot.Discord.JsonModels;

namespace PartnerBot.Discord.Interactions;

/// <summary>The slash commands we register: /ask, /company, /fact, /sources, /help, /factoftheday.</summary>
internal static class CommandDefinitions
{
    private const int SubCommand = 1;
    private const int String = 3;
    private const int Channel = 7;

    /// <summary>MANAGE_CHANNELS (1 &lt;&lt; 4): only channel managers see /factoftheday.</summary>
    public const string ManageChannels = "16";

    public static List<JsonApplicationCommand> All() =>
    [
        Command("ask", "Ask a question about Leeds City Region and China partnerships",
            new JsonCommandOption { Type = String, Name = "question", Description = "Your question", Required = true, MaxLength = 500 }),
        Command("company", "Look up a company in the articles",
            new JsonCommandOption { Type = String, Name = "name", Description = "Company name", Required = true, Autocomplete = true, MaxLength = 100 }),
        Command("fact", "A fact from the articles"),
        Command("sources", "List the articles the bot answers from"),
        Command("help", "What this bot can do"),
        new JsonApplicationCommand
        {
            Type = 1,
            Name = "factoftheday",
            Description = "Daily fact in a channel",
            DefaultMemberPermissions = ManageChannels,
            Options =
            [
                new JsonCommandOption
                {
                    Type = SubCommand, Name = "subscribe", Description = "Post the fact of the day in a channel",
                    Options = [new JsonCommandOption { Type = Channel, Name = "channel", Description = "Channel to post in (default: this one)", ChannelTypes = [0, 5] }],
                },
                new JsonCommandOption { Type = SubCommand, Name = "unsubscribe", Description = "Stop the fact of the day here" },
                new JsonCommandOption { Type = SubCommand, Name = "status", Description = "Whether this channel gets the fact of the day" },
            ],
        },
    ];

    private static JsonApplicationCommand Command(string name, string description, params JsonCommandOption[] options) => new()
    {
        Type = 1,
        Name = name,
        Description = description,
        Options = options.Length == 0 ? null : [.. options],
    };
}
