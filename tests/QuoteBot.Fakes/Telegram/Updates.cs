using System.Text.Json.Nodes;

namespace QuoteBot.Fakes.Telegram;

/// <summary>Builds updates in the Bot API's JSON shapes.</summary>
public static class Updates
{
    public const long PrivateChat = 1001;
    public const long Group = -2002;
    public const long Supergroup = -1003003;

    private static int _messageId = 5000;

    public static JsonObject Chat(long id) => id > 0
        ? new JsonObject { ["id"] = id, ["type"] = "private", ["first_name"] = "Ada" }
        : new JsonObject { ["id"] = id, ["type"] = id <= -1_000_000 ? "supergroup" : "group", ["title"] = "Readers" };

    public static JsonObject User(string language = "en", long id = 777) =>
        new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = "Ada", ["language_code"] = language };

    public static JsonObject Message(string text, long chat = PrivateChat, string language = "en", long user = 777)
    {
        var message = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _messageId),
            ["date"] = 1_764_000_000,
            ["chat"] = Chat(chat),
            ["from"] = User(language, user),
            ["text"] = text,
        };
        if (text.StartsWith('/'))
        {
            var length = text.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? space : text.Length;
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = length });
        }

        return new JsonObject { ["message"] = message };
    }

    /// <summary>A post in a channel: it comes from the channel itself (<c>sender_chat</c>), written by one of its admins.</summary>
    public static JsonObject ChannelPost(string text, long chat = -1004004) => new()
    {
        ["channel_post"] = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _messageId),
            ["date"] = 1_764_000_000,
            ["chat"] = new JsonObject { ["id"] = chat, ["type"] = "channel", ["title"] = "Quotes" },
            ["sender_chat"] = new JsonObject { ["id"] = chat, ["type"] = "channel", ["title"] = "Quotes" },
            ["text"] = text,
        },
    };

    public static JsonObject Callback(string data, long chat = PrivateChat, int messageId = 4242, string language = "en", string id = "cb-1") => new()
    {
        ["callback_query"] = new JsonObject
        {
            ["id"] = id,
            ["from"] = User(language),
            ["chat_instance"] = "ci-1",
            ["data"] = data,
            ["message"] = new JsonObject
            {
                ["message_id"] = messageId,
                ["date"] = 1_764_000_000,
                ["chat"] = Chat(chat),
                ["text"] = "quote",
            },
        },
    };

    /// <summary>
    /// A click on a button of the bot's message as Telegram sends it in full: the user with names, username and premium
    /// flag, and the whole message the button is on (from the bot, its text's entities and its inline keyboard).
    /// </summary>
    public static JsonObject FullCallback(string data, long chat = PrivateChat, int messageId = 4242, string id = "4382bfdwdsb323b2d9") => new()
    {
        ["callback_query"] = new JsonObject
        {
            ["id"] = id,
            ["from"] = new JsonObject { ["id"] = 777, ["is_bot"] = false, ["first_name"] = "Ada", ["last_name"] = "Lovelace", ["username"] = "ada_lovelace", ["language_code"] = "en", ["is_premium"] = true },
            ["message"] = new JsonObject
            {
                ["message_id"] = messageId,
                ["from"] = new JsonObject { ["id"] = 123456789, ["is_bot"] = true, ["first_name"] = "Quote Bot", ["username"] = "OurBot" },
                ["chat"] = Chat(chat),
                ["date"] = 1_764_000_000,
                ["text"] = "Energy\n“Scaling is all you need.” — Ada",
                ["entities"] = new JsonArray(
                    new JsonObject { ["offset"] = 0, ["length"] = 6, ["type"] = "bold" },
                    new JsonObject { ["offset"] = 7, ["length"] = 26, ["type"] = "italic" }),
                ["reply_markup"] = new JsonObject
                {
                    ["inline_keyboard"] = new JsonArray(new JsonArray(
                        new JsonObject { ["text"] = "Same topic", ["callback_data"] = data },
                        new JsonObject { ["text"] = "Share", ["switch_inline_query"] = "q14" })),
                },
            },
            ["chat_instance"] = "-5275816123981240123",
            ["data"] = data,
        },
    };

    public static JsonObject Inline(string query, string language = "en", string id = "iq-1") => new()
    {
        ["inline_query"] = new JsonObject { ["id"] = id, ["from"] = User(language), ["query"] = query, ["offset"] = string.Empty },
    };

    public static JsonObject MyChatMember(long chat, string oldStatus, string newStatus) => new()
    {
        ["my_chat_member"] = new JsonObject
        {
            ["chat"] = Chat(chat),
            ["from"] = User(),
            ["date"] = 1_764_000_000,
            ["old_chat_member"] = new JsonObject { ["status"] = oldStatus, ["user"] = new JsonObject { ["id"] = 42, ["is_bot"] = true, ["first_name"] = "Quote Bot" } },
            ["new_chat_member"] = NewMember(newStatus),
        },
    };

    private static JsonObject NewMember(string status)
    {
        var member = new JsonObject { ["status"] = status, ["user"] = new JsonObject { ["id"] = 42, ["is_bot"] = true, ["first_name"] = "Quote Bot" } };
        if (status == "kicked")
        {
            member["until_date"] = 0;
        }

        return member;
    }
}
