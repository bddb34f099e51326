using MinutesIngest.Core.Extraction.Ocr;
using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Core.Tests.Minutes;

/// <summary>Every document ends as success, partial success (stored with warnings) or failure, and poorly read OCR pages are warned about.</summary>
public class DocumentResultTests
{
    [Theory]
    [InlineData(false, 0, DocumentResult.Success, "success")]
    [InlineData(false, 2, DocumentResult.PartialSuccess, "partial_success")]
    [InlineData(true, 0, DocumentResult.Failure, "failure")]
    [InlineData(true, 3, DocumentResult.Failure, "failure")]
    public void A_result_follows_from_failure_and_warnings(bool failed, int warnings, DocumentResult expected, string code)
    {
        Assert.Equal(expected, DocumentResultCodes.Of(failed, warnings));
        Assert.Equal(code, DocumentResultCodes.Code(expected));
    }

    [Fact]
    public void An_outcome_carries_its_result()
    {
        var record = new MinutesRecord { Source = "a.txt", Format = "txt" };
        Assert.Equal(DocumentResult.Success, ExtractionOutcome.Success(record, 1).Result);
        Assert.Equal(DocumentResult.PartialSuccess, (ExtractionOutcome.Success(record, 1) with { Warnings = ["page 2 unreadable"] }).Result);
        Assert.Equal(DocumentResult.Failure, ExtractionOutcome.Failure("corrupt", "bad xref").Result);
    }

    [Theory]
    [InlineData(new double[] { 91, 88 }, new int[0])]
    [InlineData(new double[] { 91, 42.4, 59.9, 60 }, new[] { 2, 3 })]
    [InlineData(new double[0], new int[0])]
    public void Pages_read_below_the_poor_confidence_get_a_warning_each(double[] confidences, int[] warnedPages)
    {
        var warnings = OcrPageWarnings.For(confidences.Select(c => (double?)c).ToList());
        Assert.Equal(warnedPages.Select(p => $"page {p} was read by OCR"), warnings.Select(w => w[..w.IndexOf(" at", StringComparison.Ordinal)]));
    }

    [Fact]
    public void Text_pages_are_never_warned_about()
    {
        Assert.Empty(OcrPageWarnings.For([null, null]));
        Assert.Single(OcrPageWarnings.For([null, 30.0]));
    }
}
