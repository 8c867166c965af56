namespace PartnerBot.Teams.Schema;

/// <summary>Wire shape of a conversation: personal (<c>a:…</c>), group chat or channel (<c>19:…</c>).</summary>
internal sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public bool? IsGroup { get; set; }
}
