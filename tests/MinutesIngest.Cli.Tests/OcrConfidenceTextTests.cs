using MinutesIngest.Cli.Rendering;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Cli.Tests;

public sealed class OcrConfidenceTextTests
{
    [Fact]
    public void MeanOverOcrdPagesThenEachPage() =>
        Assert.Equal("88.0 (p2 91.0, p3 85.0)", OcrConfidenceText.Describe([null, 91.0, 85.0]));

    [Fact]
    public void NothingForDocumentsWithoutOcr()
    {
        Assert.Null(OcrConfidenceText.Describe([]));
        Assert.Null(OcrConfidenceText.Describe([null, null]));
    }
}
