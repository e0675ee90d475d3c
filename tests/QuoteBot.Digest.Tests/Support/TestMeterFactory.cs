using System.Diagnostics.Metrics;

namespace QuoteBot.Digest.Tests.Support;

/// <summary>
/// The meters of one harness, scoped to it (what <c>AddMetrics</c> gives the host), so a test's
/// <c>MetricCollector</c> sees this instance's digest posts and no other test's.
/// </summary>
internal sealed class TestMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
        lock (_meters)
        {
            _meters.Add(meter);
        }

        return meter;
    }

    public void Dispose()
    {
        lock (_meters)
        {
            _meters.ForEach(m => m.Dispose());
            _meters.Clear();
        }
    }
}
