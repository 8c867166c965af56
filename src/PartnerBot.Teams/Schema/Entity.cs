namespace PartnerBot.Teams.Schema;

/// <summary>Wire shape of an activity entity; only mentions (<c>type: "mention"</c>) are read.</summary>
internal sealed class Entity
{
    public string? Type { get; set; }
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }
}
