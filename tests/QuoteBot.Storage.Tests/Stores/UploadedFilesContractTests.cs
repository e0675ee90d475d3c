using Microsoft.Extensions.Time.Testing;
using QuoteBot.Storage.Stores;
using QuoteBot.Storage.Tests.Support;

namespace QuoteBot.Storage.Tests.Stores;

/// <summary>The durable upload ids (Telegram's <c>file_id</c> of a card), run against every provider by the subclasses below.</summary>
public abstract class UploadedFilesContractTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : class, IDatabaseFixture
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private static string NewScope() => $"telegram:{Random.Shared.NextInt64(1_000_000, 9_999_999)}";

    private static string NewKey() => $"q14:light:4x5:v1:{Guid.NewGuid():N}";

    [StoreFact]
    public async Task An_id_is_missing_until_remembered_the_last_one_wins_and_forgetting_removes_it()
    {
        var files = new SqlUploadedFiles(fixture.Database, _time);
        var (scope, key) = (NewScope(), NewKey());

        Assert.Null(await files.FindAsync(scope, key));
        await files.RememberAsync(scope, key, "AgACAgIAAxkBAAIB");
        Assert.Equal("AgACAgIAAxkBAAIB", await files.FindAsync(scope, key));

        _time.Advance(TimeSpan.FromDays(1));
        await files.RememberAsync(scope, key, "AgACAgIAAxkBAAIC");
        Assert.Equal("AgACAgIAAxkBAAIC", await files.FindAsync(scope, key));

        await files.ForgetAsync(scope, key, "AgACAgIAAxkBAAIC");
        Assert.Null(await files.FindAsync(scope, key));
        // Forgetting what is not there is not an error: two senders may both have been told the id is stale.
        await files.ForgetAsync(scope, key, "AgACAgIAAxkBAAIC");
    }

    [StoreFact]
    public async Task Forgetting_a_stale_id_keeps_a_fresh_one_another_send_kept_meanwhile()
    {
        var files = new SqlUploadedFiles(fixture.Database, _time);
        var (scope, key) = (NewScope(), NewKey());
        await files.RememberAsync(scope, key, "stale");
        await files.RememberAsync(scope, key, "fresh");

        await files.ForgetAsync(scope, key, "stale");
        Assert.Equal("fresh", await files.FindAsync(scope, key));

        await files.ForgetAsync(scope, key, "fresh");
        Assert.Null(await files.FindAsync(scope, key));
    }

    [StoreFact]
    public async Task An_id_survives_a_restart()
    {
        var (scope, key) = (NewScope(), NewKey());
        await new SqlUploadedFiles(fixture.Database, _time).RememberAsync(scope, key, "file-1");

        Assert.Equal("file-1", await new SqlUploadedFiles(fixture.OpenAnother(), _time).FindAsync(scope, key));
    }

    [StoreFact]
    public async Task Each_bot_has_its_own_ids_for_the_same_picture()
    {
        var files = new SqlUploadedFiles(fixture.Database, _time);
        var (first, second, key) = (NewScope(), NewScope(), NewKey());

        await files.RememberAsync(first, key, "file-of-bot-1");
        Assert.Null(await files.FindAsync(second, key));

        await files.RememberAsync(second, key, "file-of-bot-2");
        await files.ForgetAsync(first, key, "file-of-bot-1");
        Assert.Null(await files.FindAsync(first, key));
        Assert.Equal("file-of-bot-2", await files.FindAsync(second, key));
    }

    [StoreFact]
    public async Task Keys_are_exact_text()
    {
        var files = new SqlUploadedFiles(fixture.Database, _time);
        var (scope, key) = (NewScope(), NewKey());

        await files.RememberAsync(scope, key, "file-1");
        Assert.Null(await files.FindAsync(scope, key.ToUpperInvariant()));
        Assert.Null(await files.FindAsync(scope, key + " "));
    }
}

public sealed class SqliteUploadedFilesTests(SqliteFixture fixture) : UploadedFilesContractTests<SqliteFixture>(fixture);

public sealed class PostgresUploadedFilesTests(PostgresFixture fixture) : UploadedFilesContractTests<PostgresFixture>(fixture), INeedsPostgres;
