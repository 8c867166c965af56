namespace PartnerBot.State;

/// <summary>The state database's tables; <see cref="Version"/> is kept in <c>PRAGMA user_version</c>.</summary>
internal static class StateSchema
{
    public const int Version = 1;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS subscriptions (
            platform TEXT NOT NULL,
            destination_id TEXT NOT NULL,
            scope_id TEXT,
            subscribed_by TEXT NOT NULL,
            subscribed_at TEXT NOT NULL,
            enabled INTEGER NOT NULL DEFAULT 1,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            disabled_reason TEXT,
            PRIMARY KEY (platform, destination_id));
        CREATE TABLE IF NOT EXISTS posts (
            platform TEXT NOT NULL,
            destination_id TEXT NOT NULL,
            local_date TEXT NOT NULL,
            fact_key TEXT NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            message_id TEXT,
            error TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (platform, destination_id, local_date));
        CREATE TABLE IF NOT EXISTS conversation_references (
            conversation_id TEXT PRIMARY KEY,
            service_url TEXT NOT NULL,
            tenant_id TEXT,
            bot_id TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            conversation_type TEXT,
            bot_name TEXT);
        CREATE TABLE IF NOT EXISTS feedback (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            platform TEXT NOT NULL,
            user_id TEXT NOT NULL,
            question TEXT NOT NULL,
            kind TEXT NOT NULL,
            answer TEXT NOT NULL);
        """;
}
