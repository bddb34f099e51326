using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Core.Extraction.Ocr;
using MinutesIngest.Core.Extraction.Pdf;
using MinutesIngest.Core.Tests.Corpus;
using MinutesIngest.Core.Tests.Extraction.Pdf;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

/// <summary>
/// The real engine on the committed scans (Tesseract and pdftoppm are installed by scripts/setup, so these run in CI).
/// Kept to one-page documents: OCR costs ~3 s a page.
/// </summary>
public sealed class TesseractOcrTests
{
    private static string Scan(string name) => Path.Combine(CorpusFolders.ProjectCorpus(), "scanned", name);

    [Fact]
    public void ScannedPdfPageIsReadByTesseract()
    {
        var doc = new PdfExtractor().Extract(File.ReadAllBytes(Scan("csp-kelbrook-community-safety-2023-11-scan.pdf")), "scan.pdf");

        Assert.Equal("pdf-ocr", doc.Format);
        var text = string.Join("\n", doc.Blocks.Select(BlockText.Of));
        Assert.Contains("COMMUNITY SAFETY PARTNERSHIP", text, StringComparison.OrdinalIgnoreCase);
        var confidence = Assert.Single(OcrProperties.PageConfidences(doc));
        Assert.InRange(confidence!.Value, 70, 100);
    }

    [Fact]
    public void WatermarkedSpeckledScanIsReadFromTheCleanedImage()
    {
        // 200 dpi, grey watermark bands and scanner specks: read raw, Tesseract loses almost every line.
        var doc = new PdfExtractor().Extract(File.ReadAllBytes(Scan("nhs-southmere-quality-2021-12-degraded-scan.pdf")), "scan.pdf");

        var text = string.Join("\n", doc.Blocks.Select(BlockText.Of));
        Assert.Contains("Quality Committee", text, StringComparison.OrdinalIgnoreCase);
        Assert.All(OcrProperties.PageConfidences(doc), c => Assert.InRange(c!.Value, 70, 100));
    }

    [Fact]
    public void SparsePageUnderAWatermarkIsReadOnceTheWatermarkIsMeasuredAgainstTheWordsInk()
    {
        // A closing page of three lines, scanned at 200 dpi under a grey watermark with dust: so little print that the
        // page's darkest percent is dust and anti-aliasing, and a threshold taken from it leaves the watermark in.
        var typed = new SyntheticPdf().Page()
            .Lines(72, 720, ["Item 7 Adjournment", "The meeting closed at 8:22 PM and the next meeting is on 11 April.", "Signed as a true record by the Chair"])
            .Build();

        var doc = new PdfExtractor().Extract(RenderedScan.Degraded(typed), "scan.pdf");

        var text = string.Join("\n", doc.Blocks.Select(BlockText.Of));
        Assert.Contains("Adjournment", text);
        Assert.Contains("The meeting closed at 8:22 PM", text);
        Assert.Contains("Signed as a true record", text);
    }

    [Fact]
    public void A_scan_stored_as_a_poster_sized_page_is_rendered_at_a_paper_pages_size()
    {
        // A Letter page scanned at 200 dpi whose image is set at 72 ppi: a 23.6 x 30.6 inch page. At 300 dpi that is
        // 7,083 x 9,167 pixels for one sheet of print, several hundred megabytes through the cleanup steps.
        var typed = new SyntheticPdf().Page().Lines(72, 720, ["Minutes of the Garden Club", "Present: Ann Quill, Ben Royle"], size: 14).Build();

        var page = Assert.Single(TesseractOcrEngine.Default.RecognizePdfPages(RenderedScan.Poster(typed), [1]));

        Assert.InRange(Math.Max(page.WidthPixels, page.HeightPixels), 4000, 5000);
        Assert.Contains(page.Words, w => w.Text.Contains("Garden", StringComparison.Ordinal));
    }

    [Fact]
    public void ImageFileIsReadByTesseract()
    {
        var record = MinutesExtractor.For(new ExtractionSettings()).Extract(Scan("charity-oakbridge-foodbank-2025-04-scan.jpg"));

        Assert.Equal("pdf-ocr", record.Format);
        Assert.NotEmpty(record.Items);
        Assert.NotEmpty(record.Actions);
    }

    [Fact]
    public void MissingTesseractNamesThePackagesToInstall()
    {
        var broken = new TesseractOcrEngine(new OcrEngineOptions { TesseractPath = "/nonexistent/tesseract" });
        var scan = File.ReadAllBytes(Scan("csp-kelbrook-community-safety-2023-11-scan.pdf"));

        var error = Assert.Throws<ExtractionException>(() => new PdfExtractor(broken).Extract(scan, "scan.pdf"));

        Assert.Equal("ocr_unavailable", error.Reason);
        Assert.Contains("/nonexistent/tesseract", error.Message);
        Assert.Contains("apt-get install -y tesseract-ocr tesseract-ocr-eng poppler-utils", error.Message);
    }

    [Fact]
    public void MissingToolsDoNotAffectBornDigitalPdfs()
    {
        var broken = new TesseractOcrEngine(new OcrEngineOptions { TesseractPath = "/nonexistent/tesseract", PdftoppmPath = "/nonexistent/pdftoppm" });
        var pdf = File.ReadAllBytes(Path.Combine(CorpusFolders.ProjectCorpus(), "district-brackley-planning-2020-10.pdf"));

        var doc = new PdfExtractor(broken).Extract(pdf, "typed.pdf");

        Assert.Equal("pdf", doc.Format);
        Assert.NotEmpty(doc.Blocks);
    }

    [Fact]
    public void MissingToolFailsTheImageFileToo()
    {
        var broken = new TesseractOcrEngine(new OcrEngineOptions { TesseractPath = "no-such-tesseract-binary" });

        var error = Assert.Throws<ExtractionException>(() => new MinutesExtractor(ocr: broken).ReadDocument(Scan("charity-oakbridge-foodbank-2025-04-scan.jpg")));

        Assert.Equal("ocr_unavailable", error.Reason);
        Assert.Contains("tesseract-ocr", error.Message);
    }

    [Fact]
    public void TemporaryFilesAreRemovedAfterSuccessFailureAndTimeout()
    {
        var root = Directory.CreateTempSubdirectory("ocr-temp-test-").FullName;
        try
        {
            var scan = File.ReadAllBytes(Scan("csp-kelbrook-community-safety-2023-11-scan.pdf"));
            var hang = Path.Combine(root, "hang.sh");
            File.WriteAllText(hang, "#!/bin/sh\nsleep 30\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(hang, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
            var work = Path.Combine(root, "work");
            Directory.CreateDirectory(work);

            new TesseractOcrEngine(new OcrEngineOptions { TempRoot = work }).RecognizePdfPages(scan, [1]);
            Assert.Empty(Directory.EnumerateFileSystemEntries(work));

            var failing = new TesseractOcrEngine(new OcrEngineOptions { TempRoot = work, TesseractPath = "/bin/false" });
            Assert.Equal("ocr_failed", Assert.Throws<ExtractionException>(() => failing.RecognizePdfPages(scan, [1])).Reason);
            Assert.Empty(Directory.EnumerateFileSystemEntries(work));

            var hanging = new TesseractOcrEngine(new OcrEngineOptions { TempRoot = work, TesseractPath = hang, PageTimeout = TimeSpan.FromSeconds(1) });
            var started = DateTime.UtcNow;
            Assert.Equal("ocr_timeout", Assert.Throws<ExtractionException>(() => hanging.RecognizePdfPages(scan, [1])).Reason);
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20));
            Assert.Empty(Directory.EnumerateFileSystemEntries(work));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
