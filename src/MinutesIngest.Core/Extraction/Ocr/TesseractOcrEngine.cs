using System.Globalization;
using MinutesIngest.Core.Extraction.Guards;

namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>
/// OCR by external processes: pdftoppm renders each PDF page to a grey image, Tesseract reads it as TSV. Every page
/// of every document goes through <see cref="OcrPageQueue"/>: one single-threaded Tesseract per core for the whole
/// process, whatever number of documents are being read at once. Temporary files live in one folder per call,
/// removed whatever happens.
/// </summary>
public sealed class TesseractOcrEngine : IOcrEngine
{
    private readonly OcrEngineOptions _options;

    public TesseractOcrEngine(OcrEngineOptions? options = null)
    {
        _options = options ?? new OcrEngineOptions();
        if (_options.Processes is { } processes) OcrPageQueue.LimitTo(processes);
    }

    /// <summary>The engine every extractor uses unless given another.</summary>
    public static TesseractOcrEngine Default { get; } = new();

    public IReadOnlyList<OcrPage> RecognizePdfPages(byte[] pdf, IReadOnlyList<int> pageNumbers)
    {
        if (pageNumbers.Count == 0) return [];
        RequireTools(_options.PdftoppmPath, _options.TesseractPath);
        var folder = CreateWorkFolder();
        try
        {
            var input = Path.Combine(folder.FullName, "input.pdf");
            File.WriteAllBytes(input, pdf);
            return OcrPageQueue.RunAll(pageNumbers.Select(n => (Func<OcrPage>)(() => RecognizePdfPage(input, n, folder.FullName))).ToList());
        }
        finally
        {
            Remove(folder);
        }
    }

    public IReadOnlyList<OcrPage> RecognizeImage(byte[] image)
    {
        RequireTools(_options.TesseractPath);
        var folder = CreateWorkFolder();
        try
        {
            // Leptonica sniffs the format from the bytes; the name only has to exist.
            var input = Path.Combine(folder.FullName, "input.img");
            File.WriteAllBytes(input, image);
            // A multi-page TIFF is read in one run whose page count is unknown here: allow it many pages' time.
            var tsv = OcrPageQueue.RunAll([() => OcrToolRunner.Run(_options.TesseractPath, TesseractArguments(input, null), 10 * _options.PageTimeout, "OCR of the image")])[0];
            return TesseractTsvReader.Read(tsv);
        }
        finally
        {
            Remove(folder);
        }
    }

    private OcrPage RecognizePdfPage(string input, int pageNumber, string folder)
    {
        var root = Path.Combine(folder, "page-" + pageNumber.ToString(CultureInfo.InvariantCulture));
        var image = root + ".pgm";
        var cleaned = root + "-clean.pgm";
        var isolated = root + "-unread.pgm";
        try
        {
            var n = pageNumber.ToString(CultureInfo.InvariantCulture);
            var dpi = _options.RenderDpi;
            Render(input, root, n, dpi);
            // A scan stored as a poster-sized page (a 72 ppi image set at its pixel size, 35 x 49 inches) would render to
            // gigapixels at the usual resolution: render it again at the resolution that fits a large paper page.
            if (GrayImage.ReadPgmSize(image) is var (width, height) && Math.Max(width, height) > MaxRenderedSide)
            {
                dpi = Math.Max(MinRenderDpi, dpi * MaxRenderedSide / Math.Max(width, height));
                Render(input, root, n, dpi);
            }
            var tsv = OcrToolRunner.Run(_options.TesseractPath, TesseractArguments(image, dpi), _options.PageTimeout, $"OCR of page {n}");
            var page = TesseractTsvReader.Read(tsv, pageNumber).FirstOrDefault() ?? new OcrPage(pageNumber, 0, 0, []);
            var original = GrayImage.ReadPgm(image);
            // A page read with low confidence is often text under a grey watermark or scanner dust: read it again cleaned,
            // and keep whichever reading holds more confident words. A watermarked page can read confidently while whole
            // lines under its bands are skipped, so grey far beyond the print's edges also calls for the second reading.
            // Good pages are read once, as before.
            if (original != null && ((page.MeanConfidence ?? 0) < _options.CleanupBelowConfidence || ScanCleanup.HasGreyUnderPrint(original, page.Words)))
            {
                ScanCleanup.Clean(original, page.Words, dpi).WritePgm(cleaned);
                var retry = OcrToolRunner.Run(_options.TesseractPath, TesseractArguments(cleaned, dpi), _options.PageTimeout, $"OCR of cleaned page {n}");
                var second = TesseractTsvReader.Read(retry, pageNumber).FirstOrDefault();
                if (second != null && ConfidentWords(second) > ConfidentWords(page)) page = second;
            }
            if (original != null) page = WithUnreadLabels(page, original, isolated, n, dpi);
            return WithInk(page with { PageNumber = pageNumber }, original);
        }
        finally
        {
            File.Delete(image);
            File.Delete(cleaned);
            File.Delete(isolated);
        }
    }

    // Labels standing apart from their text are dropped by Tesseract's layout analysis; read them on their own, as one
    // block (page segmentation mode 6), which keeps them. Pages with nothing dropped cost no second run.
    private OcrPage WithUnreadLabels(OcrPage page, GrayImage image, string path, string n, int dpi)
    {
        if (image.Width != page.WidthPixels || image.Height != page.HeightPixels) return page;
        var regions = UnreadInk.Regions(image, page.Words);
        if (regions.Count == 0) return page;
        UnreadInk.Isolate(image, regions).WritePgm(path);
        var tsv = OcrToolRunner.Run(_options.TesseractPath, TesseractArguments(path, dpi, UniformBlock), _options.PageTimeout, $"OCR of labels on page {n}");
        var recovered = TesseractTsvReader.Read(tsv).FirstOrDefault()?.Words ?? [];
        return page with { Words = UnreadInk.Merge(page.Words, recovered) };
    }

    private const string UniformBlock = "6";

    // The long side of an A3 page at 300 dpi: every paper size minutes are printed on renders at the full resolution.
    private const int MaxRenderedSide = 5000;
    private const int MinRenderDpi = 50;

    // Grey PGM: ~20x faster to write than PNG, and Tesseract binarises anyway.
    private void Render(string input, string root, string n, int dpi) =>
        OcrToolRunner.Run(_options.PdftoppmPath,
            ["-gray", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", n, "-l", n, "-singlefile", input, root],
            _options.PageTimeout, $"rendering page {n}");

    private static int ConfidentWords(OcrPage page) => page.Words.Count(w => w.Confidence >= 60);

    // The rendered image is at hand: measure stroke weight and rules from it, which TSV does not report.
    private static OcrPage WithInk(OcrPage page, GrayImage? image)
    {
        var skew = OcrSkew.Estimate(page.Words);
        if (image == null || image.Width != page.WidthPixels || image.Height != page.HeightPixels) return page with { Skew = skew };
        var (words, rules) = PageInk.Measure(image, page.Words, skew);
        return page with { Words = words, Skew = skew, Rules = rules };
    }

    // The rendering's resolution is known and saves Tesseract guessing it; an image file carries its own (or Tesseract
    // estimates it). Looking for white-on-black text costs ~11 % of the time and minutes are printed dark on light.
    private string[] TesseractArguments(string image, int? dpi, string? pageSegmentation = null)
    {
        var args = new List<string> { image, "stdout", "-l", _options.Language, "-c", "tessedit_do_invert=0" };
        if (dpi is { } d) args.AddRange(["--dpi", d.ToString(CultureInfo.InvariantCulture)]);
        if (pageSegmentation != null) args.AddRange(["--psm", pageSegmentation]);
        args.Add("tsv");
        return [.. args];
    }

    private static void RequireTools(params string[] tools)
    {
        var missing = tools.Where(t => !ToolLocator.Exists(t)).ToList();
        if (missing.Count > 0)
            throw new ExtractionException(FailureReasons.OcrUnavailable,
                $"the document needs OCR but {string.Join(" and ", missing.Select(m => "'" + m + "'"))} {(missing.Count == 1 ? "is" : "are")} not installed; {OcrToolRunner.InstallHint}");
    }

    private DirectoryInfo CreateWorkFolder() => _options.TempRoot is { } root
        ? Directory.CreateDirectory(Path.Combine(root, "minutes-ocr-" + Guid.NewGuid().ToString("N")))
        : Directory.CreateTempSubdirectory("minutes-ocr-");

    private static void Remove(DirectoryInfo folder)
    {
        try { folder.Delete(recursive: true); }
        catch (IOException) { /* already gone or busy: the OS temp cleaner has the last word */ }
        catch (UnauthorizedAccessException) { }
    }
}
