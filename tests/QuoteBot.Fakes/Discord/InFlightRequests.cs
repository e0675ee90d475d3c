namespace QuoteBot.Fakes.Discord;

/// <summary>
/// Counts the bot's HTTP requests from the moment they are sent until their answer is read, so a test moves the
/// fake clock only while none is on its way: an attempt's timeout on the fake clock cannot fire under a request
/// that is merely slow on a loaded machine.
/// </summary>
public sealed class InFlightRequests
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>A handler for one client's chain (a handler instance cannot be shared between chains).</summary>
    public DelegatingHandler NewHandler() => new Counting(this);

    private sealed class Counting(InFlightRequests owner) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref owner._count);
            try
            {
                var response = await base.SendAsync(request, cancellationToken);
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                return response;
            }
            finally
            {
                Interlocked.Decrement(ref owner._count);
            }
        }
    }
}
