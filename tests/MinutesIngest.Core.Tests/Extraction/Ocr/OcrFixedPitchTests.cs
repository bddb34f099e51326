using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Ocr;
using MinutesIngest.Core.Extraction.Pdf;
using MinutesIngest.Core.Tests.Extraction.Pdf;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

/// <summary>
/// Typewritten minutes put two spaces after each sentence. On a fixed-pitch page that gap is running text, not a column
/// gap: a sentence ending a line is not a margin note and two sentences are not two table cells.
/// </summary>
public sealed class OcrFixedPitchTests
{
    private static byte[] ScannedPdf() =>
        new SyntheticPdf().Page().Png(Convert.FromBase64String(OcrRoutingTests.OnePixelPng), 0, 0, 612, 792).Build();

    private static readonly (int, int, string)[] Typed =
    [
        (300, 300, "The Chairman opened the meeting of the members at ten o'clock."),
        (300, 360, "Minutes of the previous meeting were read and approved.  The"),
        (300, 420, "Treasurer reported that the accounts balance for the year.  Members"),
        (300, 480, "asked several questions about the reserve funds and the budget."),
        (300, 540, "The Secretary reported that three letters had arrived.  Each"),
        (300, 600, "letter thanked the members for their work during the winter."),
    ];

    [Fact]
    public void Two_spaces_after_a_sentence_keep_a_typewritten_paragraph_whole()
    {
        var doc = new PdfExtractor(new ScriptedOcrEngine(_ => OcrTsv.Typewritten(Typed))).Extract(ScannedPdf(), "typed.pdf");

        Assert.All(doc.Blocks, b => Assert.IsType<ParagraphBlock>(b));
        var text = string.Join("\n", doc.Blocks.Select(BlockText.Of));
        Assert.Contains("approved. The Treasurer reported that the accounts balance for the year. Members asked several questions", text);
        Assert.Contains("arrived. Each letter thanked", text);
    }

    [Theory]
    // Two spaces between sentences: one segment. Seven cells of space: a column gap, as before.
    [InlineData("approved.  The next item", 1)]
    [InlineData("Treasurer       Ann Lee", 2)]
    public void Segments_of_a_fixed_pitch_line(string line, int segments)
    {
        var page = TesseractTsvReader.Read(OcrTsv.Typewritten([.. Typed, (300, 700, line)])).Single();

        var (lines, _) = OcrLineBuilder.Build(page, 612, 792);

        Assert.Equal(segments, lines[^1].SegmentStarts.Count);
    }

    [Fact]
    public void Proportional_print_is_not_taken_for_fixed_pitch()
    {
        // Words of one length measuring 16 to 30 px a letter, as proportional faces do.
        var words = Enumerable.Range(0, 30).Select(i => new OcrWord("word", 300 + 150 * (i % 10), 300 + 60 * (i / 10), 4 * (16 + i % 15), 33, 90, 1, 1, 1 + i / 10)).ToList();

        Assert.Equal(0, OcrLineBuilder.FixedPitch(words));
        Assert.Equal(25, OcrLineBuilder.FixedPitch(words.Select(w => w with { Width = 100 }).ToList()));
    }
}
