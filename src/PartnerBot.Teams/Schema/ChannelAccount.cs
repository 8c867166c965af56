namespace PartnerBot.Teams.Schema;

/// <summary>Wire shape of a user or bot account (<c>29:…</c> users, <c>28:…</c> bots).</summary>
internal sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
}
