using System.Text.Json;

namespace PartnerBot.Teams.Schema;

/// <summary>Wire shape of an incoming Bot Framework activity (only the fields the bot reads).</summary>
internal sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? Text { get; set; }
    public string? Locale { get; set; }
    public string? ReplyToId { get; set; }
    public string? Name { get; set; }
    public string? Action { get; set; }
    public List<Entity>? Entities { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public JsonElement? Value { get; set; }
    public JsonElement? ChannelData { get; set; }

    /// <summary>Tenant from <c>conversation.tenantId</c>, else <c>channelData.tenant.id</c> (absent in some personal chats).</summary>
    public string? TenantId
    {
        get
        {
            if (!string.IsNullOrEmpty(Conversation?.TenantId)) return Conversation.TenantId;
            if (ChannelData is { ValueKind: JsonValueKind.Object } data
                && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
                && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                return id.GetString();
            }
            return null;
        }
    }
}
