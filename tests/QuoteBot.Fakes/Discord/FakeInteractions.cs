using System.Collections.Concurrent;
using QuoteBot.Testing;

namespace QuoteBot.Fakes.Discord;

/// <summary>
/// The interactions the fake Discord created, judged as strictly as Discord's documentation reads: one answer per
/// interaction, within 3 seconds of its creation (later: 404 10062 Unknown interaction; again: 400 40060 already
/// acknowledged); edits and follow-ups only with the token of an answered interaction, within 15 minutes
/// (otherwise 404 10015 Unknown Webhook).
/// </summary>
public sealed class FakeInteractions(TimeProvider time)
{
    private static readonly TimeSpan AnswerWindow = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan TokenLife = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Created> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Created> _byToken = new(StringComparer.Ordinal);

    /// <summary>Discord creates the interaction (and its token) now; the gateway dispatch does this on its own.</summary>
    public void Create(string id, string token)
    {
        var created = new Created(time.GetUtcNow());
        _byId[id] = created;
        _byToken[token] = created;
    }

    /// <summary>The answer Discord accepted for the interaction: completes when there is one.</summary>
    public Task<string> AnswerAsync(string id) => Get(id).Answer.Task.WaitAsync(WaitUntil.Guard);

    /// <summary>Whether Discord accepted an answer for the interaction.</summary>
    public bool IsAnswered(string id) => Get(id).Answer.Task.IsCompleted;

    /// <summary>The first edit of the original response Discord accepted with this token: completes when there is one.</summary>
    public Task<string> EditAsync(string token) => _byToken[token].Edit.Task.WaitAsync(WaitUntil.Guard);

    /// <summary>Discord's own refusal of a callback, before anything a test scripted; null when it would take it.</summary>
    public FakeResponse? RefuseCallback(string id)
    {
        if (!_byId.TryGetValue(id, out var created) || time.GetUtcNow() - created.At > AnswerWindow)
        {
            return FakeResponse.Error(404, 10062, "Unknown interaction");
        }

        return created.Answer.Task.IsCompleted ? FakeResponse.Error(400, 40060, "Interaction has already been acknowledged.") : null;
    }

    /// <summary>Discord's own refusal of a webhook call with an interaction token; null when it would take it.</summary>
    public FakeResponse? RefuseWebhook(string token) =>
        _byToken.TryGetValue(token, out var created) && created.Answer.Task.IsCompleted && time.GetUtcNow() - created.At <= TokenLife
            ? null
            : FakeResponse.Error(404, 10015, "Unknown Webhook");

    /// <summary>The callback arrived and was taken (whatever the client hears back).</summary>
    public void Accept(string id, string body) => Get(id).Answer.TrySetResult(body);

    /// <summary>An edit of the original response was taken.</summary>
    public void AcceptEdit(string token, string body) => _byToken[token].Edit.TrySetResult(body);

    private Created Get(string id) => _byId.TryGetValue(id, out var created) ? created : throw new InvalidOperationException($"Interaction {id} was never created.");

    private sealed class Created(DateTimeOffset at)
    {
        public DateTimeOffset At { get; } = at;

        public TaskCompletionSource<string> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<string> Edit { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
