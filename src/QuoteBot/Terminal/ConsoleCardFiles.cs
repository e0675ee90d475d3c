using Microsoft.Extensions.Options;
using QuoteBot.Cards;
using QuoteBot.Core.Replies;

namespace QuoteBot.Terminal;

/// <summary>Where the console writes a card: <c>Bot:Cards:OutputDirectory</c>, else the working directory.</summary>
internal sealed class ConsoleCardFiles(ICardImages images, IOptions<CardOptions> options)
{
    /// <summary>Draws the card, writes <c>card-&lt;id&gt;.png</c> and returns its full path.</summary>
    public async Task<string> WriteAsync(CardRequest card, CancellationToken cancellationToken)
    {
        var directory = options.Value.OutputDirectory is { Length: > 0 } configured ? configured : Directory.GetCurrentDirectory();
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, card.FileName));
        await File.WriteAllBytesAsync(path, images.Render(card), cancellationToken);
        return path;
    }
}
