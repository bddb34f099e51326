using MinutesIngest.Core.Extraction.Ocr;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

/// <summary>Before Tesseract, light grey (watermarks, grey paper) becomes paper and isolated specks go; print stays.</summary>
public sealed class ScanCleanupTests
{
    private const int Size = 40;

    /// <summary>A page of <paramref name="paper"/> grey with a black 3-pixel stroke across row 10 and a grey band over rows 20-29.</summary>
    private static GrayImage Page(byte paper, byte band)
    {
        var px = Enumerable.Repeat(paper, Size * Size).ToArray();
        for (var x = 5; x < 35; x++)
            for (var y = 9; y <= 11; y++) px[y * Size + x] = 0;
        for (var y = 20; y < 30; y++)
            for (var x = 0; x < Size; x++) px[y * Size + x] = band;
        return new GrayImage(Size, Size, px);
    }

    public static TheoryData<string, byte, byte, int, int, byte> Cases() => new()
    {
        { "the stroke stays ink", 255, 175, 10, 10, 0 },
        { "a light grey watermark band becomes paper", 255, 175, 15, 25, 255 },
        { "grey paper becomes white paper", 200, 200, 2, 2, 255 },
        { "a dark band is print, not watermark", 255, 40, 15, 25, 40 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Keeps_print_and_drops_light_grey(string name, byte paper, byte band, int x, int y, byte expected)
    {
        var cleaned = ScanCleanup.Clean(Page(paper, band));
        Assert.True(cleaned[x, y] == expected, $"{name}: got {cleaned[x, y]}");
    }

    [Fact]
    public void Removes_an_isolated_speck_but_not_a_stroke_end()
    {
        var page = Page(255, 255);
        page.Pixels[35 * Size + 20] = 30;
        var cleaned = ScanCleanup.Clean(page);
        Assert.Equal(255, cleaned[20, 35]);
        Assert.Equal(0, cleaned[34, 10]);
        Assert.Equal(0, cleaned[5, 9]);
    }

    [Theory]
    // Scanner dust two pixels square is wiped, though each of its pixels touches three dark neighbours.
    [InlineData(2, 255)]
    // A full stop of body text at 300 dpi (four pixels square) is print.
    [InlineData(4, 0)]
    public void Wipes_specks_of_dust_and_keeps_a_full_stop(int side, byte expected)
    {
        var page = Page(255, 255);
        for (var y = 30; y < 30 + side; y++)
            for (var x = 20; x < 20 + side; x++) page.Pixels[y * Size + x] = 0;

        Assert.Equal(expected, ScanCleanup.Clean(page, dpi: 300)[20, 30]);
    }

    [Fact]
    public void Faint_print_beside_a_black_scan_border_is_measured_inside_the_words_read_and_stays()
    {
        // Grey paper (235) with the black edge a copier leaves, faint grey print (140, edges 190) and a light watermark
        // band (205). Measured from the page's darkest pixels the "ink" is the border, and the print falls on the paper
        // side of the threshold; measured inside the words a first reading found, the print stays and the band goes.
        const int side = 300;
        var px = Enumerable.Repeat((byte)235, side * side).ToArray();
        for (var y = 0; y < side; y++)
            for (var x = 0; x < 10; x++) px[y * side + x] = 0;
        for (var y = 150; y < 190; y++)
            for (var x = 10; x < side; x++) px[y * side + x] = 205;
        for (var y = 20; y < 50; y++)
            for (var x = 20; x < 120; x++) px[y * side + x] = (byte)((x % 6) switch { 0 => 140, 1 or 5 => 190, _ => 235 });
        var page = new GrayImage(side, side, px);
        var word = new OcrWord("Apologies", 20, 20, 100, 30, 91, 1, 1, 1);

        Assert.Equal(255, ScanCleanup.Clean(page, read: null)[24, 30]);
        var cleaned = ScanCleanup.Clean(page, read: [word]);
        Assert.Equal(140, cleaned[24, 30]);
        Assert.Equal(255, cleaned[60, 170]);
    }

    public static TheoryData<string, byte, bool> GreyCases() => new()
    {
        { "a light grey band wider than the print calls for cleaning", 175, true },
        { "print on white paper alone does not", 255, false },
        { "a dark band is print, not grey under it", 40, false },
    };

    [Theory]
    [MemberData(nameof(GreyCases))]
    public void Finds_grey_under_print_that_is_more_than_the_edges_of_strokes(string name, byte band, bool expected)
    {
        Assert.True(ScanCleanup.HasGreyUnderPrint(Page(255, band)) == expected, name);
    }

    [Fact]
    public void The_anti_aliased_edges_of_strokes_are_not_grey_under_print()
    {
        // Each dark stroke with a lighter pixel either side, as print renders: twice as much edge as core.
        var px = Enumerable.Repeat((byte)255, Size * Size).ToArray();
        for (var y = 5; y < 35; y += 4)
            for (var x = 5; x < 35; x++)
            {
                px[(y - 1) * Size + x] = 180;
                px[y * Size + x] = 0;
                px[(y + 1) * Size + x] = 180;
            }
        Assert.False(ScanCleanup.HasGreyUnderPrint(new GrayImage(Size, Size, px)));
    }

    [Fact]
    public void Leaves_a_blank_page_as_it_is()
    {
        var blank = new GrayImage(Size, Size, Enumerable.Repeat((byte)230, Size * Size).ToArray());
        Assert.All(ScanCleanup.Clean(blank).Pixels, p => Assert.Equal(230, p));
    }

    [Fact]
    public void Does_not_change_the_original()
    {
        var page = Page(255, 175);
        ScanCleanup.Clean(page);
        Assert.Equal(175, page[15, 25]);
    }
}
