using PartnerBot.Teams;

namespace PartnerBot.State;

/// <summary>Teams conversation references (see <see cref="SqliteConversationReferenceStore"/>).</summary>
public sealed partial class StateStore
{
    private const string ReferenceColumns = "conversation_id, service_url, tenant_id, bot_id, channel_id, conversation_type, bot_name";

    public void SaveReference(TeamsConversationReference reference) => Run(c =>
    {
        ArgumentNullException.ThrowIfNull(reference);
        using var upsert = Command(c, $"INSERT OR REPLACE INTO conversation_references ({ReferenceColumns}) VALUES ($c, $s, $t, $b, $ch, $ct, $bn)",
            ("$c", reference.ConversationId), ("$s", reference.ServiceUrl), ("$t", reference.TenantId), ("$b", reference.BotId),
            ("$ch", reference.ChannelId), ("$ct", reference.ConversationType), ("$bn", reference.BotName));
        return upsert.ExecuteNonQuery();
    });

    public bool RemoveReference(string conversationId) => Run(c =>
    {
        using var delete = Command(c, "DELETE FROM conversation_references WHERE conversation_id=$c", ("$c", conversationId));
        return delete.ExecuteNonQuery() > 0;
    });

    public IReadOnlyList<TeamsConversationReference> References(string? conversationId = null) => Run(c =>
    {
        using var select = conversationId is null
            ? Command(c, $"SELECT {ReferenceColumns} FROM conversation_references ORDER BY conversation_id")
            : Command(c, $"SELECT {ReferenceColumns} FROM conversation_references WHERE conversation_id=$c", ("$c", conversationId));
        using var r = select.ExecuteReader();
        var list = new List<TeamsConversationReference>();
        while (r.Read())
        {
            list.Add(new TeamsConversationReference(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3),
                r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6)));
        }
        return list;
    });
}
