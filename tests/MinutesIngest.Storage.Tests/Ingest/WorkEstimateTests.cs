using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Writing;

namespace MinutesIngest.Storage.Tests.Ingest;

/// <summary>The ETA follows the bytes of each kind still to read at that kind's cost, not the count of files.</summary>
public sealed class WorkEstimateTests
{
    private static FileResult Read(string path, double seconds) => new(path, FileOutcome.Stored) { ExtractionTime = TimeSpan.FromSeconds(seconds) };

    [Theory]
    // A slow scan first, then web pages: by files the ETA would be 10 × the 5.25 s mean; by bytes of each kind it is 10 × 0.5 s.
    [InlineData(new[] { "scan.pdf:1000000:10", "page.html:10000:0.5" }, new[] { "a.html:10000", "b.html:10000", "c.html:10000", "d.html:10000", "e.html:10000",
        "f.html:10000", "g.html:10000", "h.html:10000", "i.html:10000", "j.html:10000" }, 5.0)]
    // Web pages first, then scans: the scans' bytes at the PDF rate (the overall rate would say 26 s).
    [InlineData(new[] { "page.html:10000:0.5", "scan.pdf:1000000:10" }, new[] { "a.pdf:2000000", "b.pdf:500000" }, 25.0)]
    // A kind not read yet costs the overall rate: (10 + 0.5) s over 1,010,000 bytes, for 101,000 bytes.
    [InlineData(new[] { "scan.pdf:1000000:10", "page.html:10000:0.5" }, new[] { "notes.docx:101000" }, 1.05)]
    public void Remaining_time_is_the_bytes_left_of_each_kind_at_its_rate(string[] done, string[] left, double expectedSeconds)
    {
        var files = done.Concat(left).Select(f => f.Split(':')).Select(p => (p[0], long.Parse(p[1]))).ToList();
        var estimate = new WorkEstimate(files);
        var readingTime = 0.0;
        foreach (var f in done.Select(d => d.Split(':')))
        {
            estimate.Start(f[0]);
            estimate.Finish(Read(f[0], double.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture)));
            readingTime += double.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
        }

        // Wall-clock equal to the reading time: one worker, nothing else to wait for.
        var remaining = estimate.Remaining(TimeSpan.FromSeconds(readingTime));

        Assert.NotNull(remaining);
        Assert.Equal(expectedSeconds, remaining.Value.TotalSeconds, 3);
    }

    [Fact]
    public void Two_workers_halve_the_wall_clock_estimate()
    {
        var estimate = new WorkEstimate([("a.txt", 1000L), ("b.txt", 1000L), ("c.txt", 1000L)]);
        estimate.Finish(Read("a.txt", 2));
        estimate.Finish(Read("b.txt", 2));

        Assert.Equal(1.0, estimate.Remaining(TimeSpan.FromSeconds(2))!.Value.TotalSeconds, 3);
    }

    [Fact]
    public void Skipped_files_teach_nothing_and_leave_no_work()
    {
        var estimate = new WorkEstimate([("a.txt", 1000L), ("b.txt", 1000L), ("c.txt", 1000L)]);
        estimate.Finish(new FileResult("a.txt", FileOutcome.Skipped));
        Assert.Null(estimate.Remaining(TimeSpan.FromSeconds(1)));

        estimate.Finish(Read("b.txt", 3));
        Assert.Equal(3.0, estimate.Remaining(TimeSpan.FromSeconds(3))!.Value.TotalSeconds, 3);
    }

    [Fact]
    public void The_current_file_is_the_one_read_longest_until_its_reading_ends()
    {
        var estimate = new WorkEstimate([("slow-scan.pdf", 1L), ("quick.txt", 1L)]);
        estimate.Start("slow-scan.pdf");
        Thread.Sleep(5);
        estimate.Start("quick.txt");
        Assert.Equal("slow-scan.pdf", estimate.Oldest);

        estimate.StopReading("slow-scan.pdf");
        Assert.Equal("quick.txt", estimate.Oldest);
        estimate.Finish(Read("quick.txt", 1));
        Assert.Null(estimate.Oldest);
    }
}
