using System.Reflection;
using Microsoft.Extensions.Logging;

namespace QuoteBot.Tests.Logging;

/// <summary>
/// Every <c>[LoggerMessage]</c> of the bot has an event id of its own, inside its project's range, so a log query by id
/// finds one kind of line. The ranges, documented under "Logs" in README.md:
/// Core 1000–1999, Storage 2000–2999, Telegram 3000–3999, Digest 4000–4999, Discord 5000–5999, the host 6000–6999.
/// </summary>
public sealed class EventIdRangeTests
{
    public static readonly TheoryData<string, int, int> Ranges = new()
    {
        { "QuoteBot.Core", 1000, 1999 },
        { "QuoteBot.Storage", 2000, 2999 },
        { "QuoteBot.Telegram", 3000, 3999 },
        { "QuoteBot.Digest", 4000, 4999 },
        { "QuoteBot.Discord", 5000, 5999 },
        { "QuoteBot", 6000, 6999 },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Each_log_message_of_a_project_has_an_id_inside_the_projects_range(string assembly, int first, int last)
    {
        var messages = LogMessages(assembly);

        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.True(m.Id >= first && m.Id <= last, $"{m.Method} has event id {m.Id}, outside {assembly}'s {first}–{last}"));
    }

    [Fact]
    public void No_two_log_messages_share_an_event_id()
    {
        var all = Ranges.Select(row => (string)row[0]).SelectMany(LogMessages).ToList();

        var shared = all.GroupBy(m => m.Id).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Method))}").ToList();

        Assert.True(shared.Count == 0, "Event ids used twice: " + string.Join("; ", shared));
        Assert.DoesNotContain(all, m => m.Id == 0);
    }

    private static List<(int Id, string Method)> LogMessages(string assembly) =>
    [
        .. Assembly.Load(assembly).GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => (x.Attribute!.EventId, $"{x.Method.DeclaringType!.FullName}.{x.Method.Name}")),
    ];
}
