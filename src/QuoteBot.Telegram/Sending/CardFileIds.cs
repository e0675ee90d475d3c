using System.Collections.Concurrent;
using QuoteBot.Core.Replies;

namespace QuoteBot.Telegram.Sending;

/// <summary>
/// The <c>file_id</c> Telegram gave each card uploaded, per quote and language (the card's words differ by language):
/// a card is uploaded once and then sent by its id. Kept in memory: after a restart each card is uploaded once more.
/// </summary>
public sealed class CardFileIds
{
    private readonly ConcurrentDictionary<(string QuoteId, Core.Localization.UiLanguage Language), string> _ids = new();

    public bool TryGet(CardRequest card, out string fileId) => _ids.TryGetValue((card.QuoteId, card.Language), out fileId!);

    public void Remember(CardRequest card, string fileId) => _ids[(card.QuoteId, card.Language)] = fileId;
}
