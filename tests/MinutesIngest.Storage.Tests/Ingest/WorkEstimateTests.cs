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

    [Theory]
    // Text pages: 100 pages read in 1 s, so 200 pages left cost 2 s (by bytes, 100,000 of 200,000 bytes, it would say 0.5 s).
    [InlineData(new[] { "text.pdf:200000:100:1" }, new[] { "left.pdf:100000:200" }, 2.0)]
    // Image pages (scans): 10 pages of 200 KB in 30 s; 5 pages of 100 KB cost 15 s (by bytes 7.5 s).
    [InlineData(new[] { "scan.pdf:2000000:10:30" }, new[] { "left.pdf:500000:5" }, 15.0)]
    // Each page kind at its own rate: 20 text pages at 0.01 s and 4 image pages at 3 s.
    [InlineData(new[] { "text.pdf:200000:100:1", "scan.pdf:2000000:10:30" }, new[] { "a.pdf:40000:20", "b.pdf:400000:4" }, 12.2)]
    // Image pages not seen yet: that file costs its bytes at the PDF rate (1 s per 200,000 bytes: 5.5 s), the text pages their pages (0.2 s).
    [InlineData(new[] { "text.pdf:200000:100:1" }, new[] { "a.pdf:40000:20", "b.pdf:1100000:10" }, 5.7)]
    // Pages unknown before reading (0): bytes at the kind's rate, as without pages; the extractor's count still teaches the page rate.
    [InlineData(new[] { "text.pdf:200000:0:1" }, new[] { "left.pdf:100000:0", "known.pdf:100000:50" }, 1.0)]
    public void Remaining_time_of_pdfs_with_known_pages_is_their_pages_at_the_rate_of_such_pages(string[] done, string[] left, double expectedSeconds)
    {
        // path:bytes:pages known before reading (0: unknown)[:seconds taken]; the extractor counted 100 pages of text.pdf, 10 of any other.
        var files = done.Concat(left).Select(f => f.Split(':')).Select(p => (p[0], long.Parse(p[1]), int.Parse(p[2]) is > 0 and var n ? n : (int?)null)).ToList();
        var estimate = new WorkEstimate(files);
        var readingTime = 0.0;
        foreach (var f in done.Select(d => d.Split(':')))
        {
            var seconds = double.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture);
            estimate.Start(f[0]);
            estimate.Finish(Read(f[0], seconds) with { Pages = f[0] == "text.pdf" ? 100 : 10 });
            readingTime += seconds;
        }

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
