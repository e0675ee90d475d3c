using Microsoft.Extensions.Time.Testing;
using QuoteBot.Core.Diagnostics;

namespace QuoteBot.Core.Tests.Diagnostics;

public sealed class ReadinessTests
{
    [Fact]
    public void A_snapshot_is_ready_only_when_it_has_parts_and_every_part_it_shows_is_ready()
    {
        var readiness = new Readiness(new FakeTimeProvider());
        Assert.False(readiness.Snapshot().IsReady);

        readiness.Report("corpus", true, "14 quotes");
        readiness.Expect("telegram");
        var starting = readiness.Snapshot();
        Assert.False(starting.IsReady);
        Assert.Equal(["corpus", "telegram"], starting.Components.Select(c => c.Component));

        readiness.Report("telegram", true, "polling");
        // The earlier reading keeps what it showed: a status computed from it agrees with its body.
        Assert.False(starting.IsReady);
        Assert.False(starting.Components.Single(c => c.Component == "telegram").Ready);
        Assert.True(readiness.Snapshot().IsReady);
    }

    [Fact]
    public void Expect_does_not_undo_a_report_that_came_first()
    {
        var readiness = new Readiness(new FakeTimeProvider());
        readiness.Report("discord", true, "interactions endpoint");
        readiness.Expect("discord", "connecting");

        Assert.True(readiness.Snapshot().IsReady);
    }
}
