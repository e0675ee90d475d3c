using System.Collections.Concurrent;
using QuoteBot.Digest.Delivery;

namespace QuoteBot.Digest.Tests.Support;

/// <summary>
/// A test double for a platform's edge: records what would appear in each chat and when. Set
/// <see cref="DedupesByNonce"/> to behave like Discord with <c>enforce_nonce</c>: a repeated idempotency key
/// returns the first message instead of posting again. <see cref="Behave"/> scripts answers per delivery.
/// </summary>
internal sealed class FakePlatform(string platform, TimeProvider time, bool dedupesByNonce = false) : IDigestSender
{
    private readonly Lock _lock = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
    private int _messages;

    public string Platform => platform;

    public bool DedupesByNonce => dedupesByNonce;

    /// <summary>Messages that reached a chat.</summary>
    public ConcurrentQueue<Post> Posts { get; } = new();

    /// <summary>Every call, including refused and repeated ones.</summary>
    public ConcurrentQueue<DigestDelivery> Calls { get; } = new();

    /// <summary>Answers a delivery instead of posting it; return null to post as usual.</summary>
    public Func<DigestDelivery, CancellationToken, Task<DigestSendResult?>>? Behave { get; set; }

    /// <summary>Runs after a message reached the chat and before the answer goes back (a crash there loses the answer).</summary>
    public Func<DigestDelivery, CancellationToken, Task>? AfterPost { get; set; }

    public async ValueTask<DigestSendResult> SendAsync(DigestDelivery delivery, CancellationToken cancellationToken)
    {
        Calls.Enqueue(delivery);
        if (Behave is not null && await Behave(delivery, cancellationToken) is { } answer)
        {
            return answer;
        }

        if (dedupesByNonce && Posts.FirstOrDefault(p => p.Key == delivery.IdempotencyKey) is { } earlier)
        {
            return new DigestSendResult.Sent(earlier.MessageId);
        }

        var post = new Post(delivery.ChatId, delivery.LocalDate, delivery.Reply.Quote!.Id, delivery.IdempotencyKey, time.GetUtcNow(), $"m{Interlocked.Increment(ref _messages)}", delivery);
        Posts.Enqueue(post);
        Notify();
        if (AfterPost is not null)
        {
            await AfterPost(delivery, cancellationToken);
        }

        return new DigestSendResult.Sent(post.MessageId);
    }

    /// <summary>Completes once <paramref name="count"/> messages have been posted; fails the test after a generous bound.</summary>
    public Task WhenPosted(int count)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _waiters.Add((count, reached));
        }

        Notify();
        return reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private void Notify()
    {
        lock (_lock)
        {
            foreach (var waiter in _waiters.Where(w => Posts.Count >= w.Count).ToList())
            {
                waiter.Reached.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    public IReadOnlyList<Post> PostsTo(string chatId) => [.. Posts.Where(p => p.ChatId == chatId)];

    public sealed record Post(string ChatId, DateOnly LocalDate, string QuoteId, string Key, DateTimeOffset At, string MessageId, DigestDelivery Delivery);
}
