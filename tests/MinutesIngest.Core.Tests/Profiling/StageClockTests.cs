using MinutesIngest.Core.Profiling;

namespace MinutesIngest.Core.Tests.Profiling;

/// <summary>The stage totals behind <c>ingest --profile</c> add up what each timing site reports.</summary>
public class StageClockTests
{
    [Fact]
    public void Added_times_sum_by_stage_with_their_count()
    {
        // The clock is process-wide; a stage name of this test's own keeps other tests' timings out.
        var stage = "test: " + Guid.NewGuid();
        StageClock.Add(stage, TimeSpan.FromMilliseconds(250));
        StageClock.Add(stage, TimeSpan.FromMilliseconds(500), count: 3);

        var total = StageClock.Snapshot()[stage];

        Assert.Equal(0.75, total.Seconds, precision: 6);
        Assert.Equal(4, total.Count);
    }

    [Fact]
    public void A_disposed_timing_adds_the_time_it_ran()
    {
        var stage = "test: " + Guid.NewGuid();
        using (StageClock.Time(stage)) Thread.Sleep(30);

        var total = StageClock.Snapshot()[stage];

        Assert.Equal(1, total.Count);
        Assert.InRange(total.Seconds, 0.025, 5);
    }

    [Fact]
    public void A_snapshot_does_not_change_when_the_clock_moves_on()
    {
        var stage = "test: " + Guid.NewGuid();
        StageClock.Add(stage, TimeSpan.FromSeconds(1));
        var before = StageClock.Snapshot();

        StageClock.Add(stage, TimeSpan.FromSeconds(1));

        Assert.Equal(1, before[stage].Seconds, precision: 6);
        Assert.Equal(2, StageClock.Snapshot()[stage].Seconds, precision: 6);
    }
}
