namespace PartnerBot.Core.Conversation;

/// <summary>Limits of the conversation logic (section <c>Bot</c>).</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Longest question accepted, in characters.</summary>
    public int MaxQuestionLength { get; set; } = 500;

    /// <summary>Recent replies remembered for "More sources" and feedback buttons.</summary>
    public int RememberedReplies { get; set; } = 2000;

    /// <summary>IANA time zone that decides which day "today's fact" belongs to.</summary>
    public string TimeZone { get; set; } = "Europe/London";
}
