using MinutesIngest.Cli.Rendering;
using MinutesIngest.Ingest.Pipeline;

namespace MinutesIngest.Cli.Tests;

/// <summary>The progress line names the file being read (shortened from the left) and gives the ETA it was handed.</summary>
public sealed class IngestProgressTextTests
{
    [Theory]
    [InlineData(3, 10, "/in/scan.pdf", 90.0, "3/10 files, 0.3 docs/s, ETA 1m30s, reading /in/scan.pdf")]
    [InlineData(0, 10, "/in/first.docx", null, "0/10 files, 0.0 docs/s, reading /in/first.docx")]
    [InlineData(10, 10, "/in/last.pdf", null, "10/10 files, 1.0 docs/s")]
    [InlineData(4, 10, null, 5.0, "4/10 files, 0.4 docs/s, ETA 5.0s")]
    public void The_line_gives_files_rate_eta_and_current_file(int done, int total, string? current, double? remaining, string expected)
    {
        var progress = new IngestProgress(done, total, TimeSpan.FromSeconds(10))
        {
            CurrentFile = current, Remaining = remaining is { } r ? TimeSpan.FromSeconds(r) : null,
        };

        Assert.Equal(expected, IngestProgressText.Describe(progress));
    }

    [Fact]
    public void A_long_path_keeps_its_end()
    {
        var path = "/" + string.Join("/", Enumerable.Repeat("folder", 20)) + "/minutes-2021-03.pdf";

        var shown = IngestProgressText.Shorten(path);

        Assert.Equal(60, shown.Length);
        Assert.StartsWith("…", shown);
        Assert.EndsWith("/minutes-2021-03.pdf", shown);
    }
}
