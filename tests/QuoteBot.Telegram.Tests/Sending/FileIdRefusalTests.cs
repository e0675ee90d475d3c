using QuoteBot.Telegram.Sending;

namespace QuoteBot.Telegram.Tests.Sending;

/// <summary>Which answers to a send by file_id mean "this id no longer works": forget it and upload again.</summary>
public sealed class FileIdRefusalTests
{
    [Theory]
    [InlineData(400, "Bad Request: wrong file identifier/HTTP URL specified", true)]
    [InlineData(400, "Bad Request: wrong remote file identifier specified: Wrong padding in the string", true)]
    [InlineData(400, "Bad Request: invalid remote file identifier", true)]
    [InlineData(400, "Bad Request: FILE_REFERENCE_EXPIRED", true)]
    [InlineData(400, "Bad Request: MEDIA_EMPTY", true)]
    [InlineData(400, "Bad Request: type of file mismatch", true)]
    [InlineData(400, "Bad Request: chat not found", false)]
    [InlineData(400, "Bad Request: message caption is too long", false)]
    [InlineData(400, "Bad Request: message thread not found", false)]
    [InlineData(403, "Forbidden: bot was blocked by the user", false)]
    [InlineData(500, "Internal Server Error: wrong file identifier", false)]
    [InlineData(null, null, false)]
    public void A_400_naming_the_file_is_a_refused_file_id(int? code, string? description, bool refused) =>
        Assert.Equal(refused, FileIdRefusal.Is(code, description));
}
