using QuoteBot.Core.State;

namespace QuoteBot.Core.Tests.State;

public sealed class InMemoryUploadedFilesTests
{
    [Fact]
    public async Task Forgetting_a_stale_id_keeps_a_fresh_one_another_send_kept_meanwhile()
    {
        var files = new InMemoryUploadedFiles();
        await files.RememberAsync("telegram:1", "q14", "stale");
        await files.RememberAsync("telegram:1", "q14", "fresh");

        await files.ForgetAsync("telegram:1", "q14", "stale");
        Assert.Equal("fresh", await files.FindAsync("telegram:1", "q14"));

        await files.ForgetAsync("telegram:1", "q14", "fresh");
        Assert.Null(await files.FindAsync("telegram:1", "q14"));
    }
}
