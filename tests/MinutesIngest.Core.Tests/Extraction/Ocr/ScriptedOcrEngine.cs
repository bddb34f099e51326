using MinutesIngest.Core.Extraction.Ocr;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

/// <summary>
/// An OCR engine that answers with prepared Tesseract TSV per page and records which pages it was asked for,
/// so routing and the OCR word path can be tested without running Tesseract.
/// </summary>
internal sealed class ScriptedOcrEngine(Func<int, string>? tsvForPage = null) : IOcrEngine
{
    public List<int> PdfPagesAsked { get; } = [];
    public int ImagesAsked { get; private set; }

    public IReadOnlyList<OcrPage> RecognizePdfPages(byte[] pdf, IReadOnlyList<int> pageNumbers)
    {
        PdfPagesAsked.AddRange(pageNumbers);
        return pageNumbers.Select(n => TesseractTsvReader.Read(tsvForPage?.Invoke(n) ?? OcrTsv.EmptyPage(), n).Single()).ToList();
    }

    public IReadOnlyList<OcrPage> RecognizeImage(byte[] image)
    {
        ImagesAsked++;
        return TesseractTsvReader.Read(tsvForPage?.Invoke(1) ?? OcrTsv.EmptyPage());
    }
}
