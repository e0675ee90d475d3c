using QuoteBot.Testing;

namespace QuoteBot.Tests;

/// <summary>CI reruns the process category against the native executable: a test outside it must not start the bot.</summary>
public sealed class BotProcessTests
{
    [Fact]
    public async Task A_test_outside_the_process_category_cannot_start_the_bot()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => BotProcess.RunAsync(string.Empty, null, "--help"));
        Assert.Contains("BotProcessTests.A_test_outside_the_process_category_cannot_start_the_bot starts the bot", error.Message, StringComparison.Ordinal);
    }
}
