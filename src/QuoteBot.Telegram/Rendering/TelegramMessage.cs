using Telegram.Bot.Types.ReplyMarkups;

namespace QuoteBot.Telegram.Rendering;

/// <summary>A reply ready for <c>sendMessage</c>: HTML text and an optional inline keyboard.</summary>
public sealed record TelegramMessage(string Html, InlineKeyboardMarkup? Keyboard);
