using QuoteBot.Testing;

namespace QuoteBot.Tests.Hosting;

/// <summary>Storage and digest settings are checked before anything connects: one line and an exit code.</summary>
[Trait("Category", BotProcess.Category)]
public sealed class StorageAndDigestStartupTests : IDisposable
{
    private readonly TempDirectory _data = new("quotebot-host");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task The_bot_keeps_its_state_in_a_sqlite_file_in_the_data_directory()
    {
        var result = await BotProcess.RunAsync("/quote\n", Env());

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_data.Path, "quotebot.db")));
        Assert.Contains($"Storage ready: sqlite {Path.Combine(_data.Path, "quotebot.db")}, schema version 2", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_digest_target_with_a_misspelt_time_zone_stops_the_bot_with_suggestions()
    {
        var result = await BotProcess.RunAsync("/quote\n", Env(new()
        {
            ["Bot__Digest__Targets__0__Platform"] = "telegram",
            ["Bot__Digest__Targets__0__ChatId"] = "-100123",
            ["Bot__Digest__Targets__0__Time"] = "08:00",
            ["Bot__Digest__Targets__0__TimeZone"] = "Asia/Shangai",
        }));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("Configuration error:", StringComparison.Ordinal));
        Assert.Contains("Bot:Digest:Targets:0:TimeZone: 'Asia/Shangai' is not a known time zone; did you mean Asia/Shanghai", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_directory_that_cannot_be_written_stops_the_bot_with_one_line()
    {
        // A path under a regular file: no directory can be made there, whoever runs the test (root included).
        Directory.CreateDirectory(_data.Path);
        var file = Path.Combine(_data.Path, "a-file");
        await File.WriteAllTextAsync(file, "not a directory");
        var result = await BotProcess.RunAsync("/quote\n", Env(new() { ["Bot__Storage__DataDirectory"] = Path.Combine(file, "data") }));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Configuration error: Bot:Storage:DataDirectory", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("is not a writable directory", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_storage_provider_stops_the_bot_with_one_line()
    {
        var result = await BotProcess.RunAsync("/quote\n", Env(new() { ["Bot__Storage__Provider"] = "mysql" }));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Configuration error: Bot:Storage:Provider must be 'sqlite' or 'postgres', not 'mysql'.", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_postgres_server_stops_the_bot_with_a_storage_error_and_no_password()
    {
        var result = await BotProcess.RunAsync("/quote\n", Env(new()
        {
            ["Bot__Storage__Provider"] = "postgres",
            ["Bot__Storage__ConnectionString"] = "Host=127.0.0.1;Port=1;Username=quotebot;Password=s3cret;Database=quotebot;Timeout=5",
        }));

        Assert.Equal(QuoteBot.Core.Hosting.ExitCodes.BadStorage, result.ExitCode);
        Assert.Contains("Storage error: postgres database 127.0.0.1:1/quotebot could not be opened or migrated:", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Env(Dictionary<string, string>? more = null)
    {
        var env = new Dictionary<string, string> { ["Bot__Storage__DataDirectory"] = _data.Path };
        foreach (var (key, value) in more ?? [])
        {
            env[key] = value;
        }

        return env;
    }
}
