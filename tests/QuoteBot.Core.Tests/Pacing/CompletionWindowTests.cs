using Microsoft.Extensions.Time.Testing;
using QuoteBot.Core.Pacing;

namespace QuoteBot.Core.Tests.Pacing;

public sealed class CompletionWindowTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_slot_is_held_until_its_event_completes_and_frees_one_window_after_the_completion()
    {
        var window = new CompletionWindow(2, TimeSpan.FromSeconds(1), _time);
        var start = _time.GetUtcNow();
        Assert.True(window.TryTake(out _));
        Assert.True(window.TryTake(out _));

        // Both events are still on their way: no time is known at which a slot frees.
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(window.TryTake(out var freeAt));
        Assert.Null(freeAt);

        // The first answer came back 5 s after its start (a slow network): its slot frees a second after that, not
        // a second after the start, since the event may have reached the far side at any time until its answer.
        window.Complete();
        Assert.False(window.TryTake(out freeAt));
        Assert.Equal(start + TimeSpan.FromSeconds(6), freeAt);

        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(window.TryTake(out _));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(window.TryTake(out _));
        Assert.Equal(2, window.Held);
    }

    [Fact]
    public void Completed_slots_free_in_the_order_they_completed()
    {
        var window = new CompletionWindow(3, TimeSpan.FromMinutes(1), _time);
        var start = _time.GetUtcNow();
        for (var i = 0; i < 3; i++)
        {
            Assert.True(window.TryTake(out _));
        }

        window.Complete();
        _time.Advance(TimeSpan.FromSeconds(10));
        window.Complete();
        window.Complete();

        Assert.False(window.TryTake(out var freeAt));
        Assert.Equal(start + TimeSpan.FromMinutes(1), freeAt);
        _time.Advance(TimeSpan.FromSeconds(50));
        Assert.True(window.TryTake(out _));
        Assert.False(window.TryTake(out freeAt));
        Assert.Equal(start + TimeSpan.FromSeconds(70), freeAt);
    }

    [Fact]
    public void No_limit_never_holds_anything_back()
    {
        var window = new CompletionWindow(int.MaxValue, TimeSpan.FromSeconds(1), _time);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.True(window.TryTake(out _));
        }
    }
}
