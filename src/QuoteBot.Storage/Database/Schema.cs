namespace QuoteBot.Storage.Database;

/// <summary>
/// The schema as numbered migrations, the same SQL for SQLite and PostgreSQL (portable types: TEXT, INTEGER, BIGINT;
/// instants as Unix milliseconds; dates as <c>yyyy-MM-dd</c>). A migration is never edited once released: add the next.
/// </summary>
internal static class Schema
{
    public const string VersionTable = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)";

    public static IReadOnlyList<string[]> Migrations { get; } =
    [
        // 1: chats, cursors, digest targets and delivery records.
        [
            """
            CREATE TABLE chats (
                platform TEXT NOT NULL,
                chat_id TEXT NOT NULL,
                status TEXT NOT NULL,
                migrated_to TEXT NULL,
                reason TEXT NULL,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (platform, chat_id))
            """,
            """
            CREATE TABLE cursors (
                name TEXT PRIMARY KEY,
                value BIGINT NOT NULL)
            """,
            """
            CREATE TABLE digest_targets (
                id TEXT PRIMARY KEY,
                platform TEXT NOT NULL,
                chat_id TEXT NOT NULL,
                schedule TEXT NOT NULL,
                time_zone TEXT NOT NULL,
                enabled INTEGER NOT NULL,
                pin INTEGER NOT NULL,
                thread_id TEXT NULL,
                language TEXT NULL,
                created_by TEXT NULL,
                disabled_reason TEXT NULL,
                active_since BIGINT NULL,
                updated_at BIGINT NOT NULL)
            """,
            "CREATE INDEX ix_digest_targets_chat ON digest_targets (platform, chat_id)",
            """
            CREATE TABLE digest_deliveries (
                target_id TEXT NOT NULL,
                local_date TEXT NOT NULL,
                state TEXT NOT NULL,
                idempotency_key TEXT NOT NULL,
                owner TEXT NULL,
                lease_until BIGINT NULL,
                attempts INTEGER NOT NULL,
                chat_id TEXT NULL,
                message_id TEXT NULL,
                detail TEXT NULL,
                completed_at BIGINT NULL,
                PRIMARY KEY (target_id, local_date))
            """,
        ],

        // 2: quote cards: the ids platforms gave uploaded pictures, and digest targets that post cards.
        [
            """
            CREATE TABLE uploaded_files (
                scope TEXT NOT NULL,
                key TEXT NOT NULL,
                file_id TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                PRIMARY KEY (scope, key))
            """,
            "ALTER TABLE digest_targets ADD COLUMN card INTEGER NOT NULL DEFAULT 0",
        ],
    ];

    public static int LatestVersion => Migrations.Count;
}
