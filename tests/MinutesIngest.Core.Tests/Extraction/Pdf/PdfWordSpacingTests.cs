using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Pdf;

namespace MinutesIngest.Core.Tests.Extraction.Pdf;

/// <summary>Letters are joined into words by the gaps of their own line, whatever the spacing or font boxes.</summary>
public sealed class PdfWordSpacingTests
{
    private static string[] Lines(byte[] pdf) => new PdfExtractor().Extract(pdf, "test.pdf").Blocks
        .Where(b => b is not PageBreakBlock).Select(BlockText.Of).ToArray();

    [Theory]
    [InlineData("ACTION ITEMS", 1.5)]
    [InlineData("ACTION ITEMS", 3.5)]
    [InlineData("Minutes of the annual general meeting", 2.5)]
    [InlineData("Members present: Ann Lee, Bo Ng and Cy Roe", 3)]
    [InlineData("Item 4. Budget for the coming year", 5)]
    public void LettersSetApartOneByOneAreJoinedIntoTheirWords(string text, double tracking)
    {
        var pdf = new SyntheticPdf().Page()
            .SpacedText(72, 700, text, tracking)
            .Text(72, 660, "The chair opened the meeting and welcomed everyone to the hall.")
            .Build();

        Assert.Equal([text, "The chair opened the meeting and welcomed everyone to the hall."], Lines(pdf));
    }

    [Theory]
    [InlineData("Action Items")]
    [InlineData("The treasurer will circulate the accounts by Friday.")]
    [InlineData("1. CALL TO ORDER")]
    public void LettersOfAFontThatIsNotEmbeddedAreJoinedIntoTheirWords(string text)
    {
        var pdf = NotEmbeddedFontPdf.Page([text]);

        Assert.Equal([text], Lines(pdf));
    }

    [Theory]
    [InlineData("Approved as presented")]
    [InlineData("A B C D E F G H")]
    [InlineData("Ann Lee (AL), Bo Ng (BN), Cy Roe (CR)")]
    public void OrdinaryLinesKeepTheirWords(string text)
    {
        var pdf = new SyntheticPdf().Page().Text(72, 700, text).Build();

        Assert.Equal([text], Lines(pdf));
    }
}
