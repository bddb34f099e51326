namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>
/// Hands back pages recognised earlier (a long scan read in parts, by several servers) as if recognised now, so the
/// document is assembled exactly as one reading would assemble it; a page not recorded goes to <paramref name="fallback"/>.
/// </summary>
public sealed class RecordedOcrEngine(IReadOnlyList<OcrPage> recorded, IOcrEngine fallback) : IOcrEngine
{
    private readonly Dictionary<int, OcrPage> _pages = recorded.ToDictionary(p => p.PageNumber);

    public IReadOnlyList<OcrPage> RecognizePdfPages(byte[] pdf, IReadOnlyList<int> pageNumbers)
    {
        var missing = pageNumbers.Where(n => !_pages.ContainsKey(n)).ToList();
        var read = missing.Count == 0 ? [] : fallback.RecognizePdfPages(pdf, missing).ToDictionary(p => p.PageNumber);
        return pageNumbers.Select(n => _pages.TryGetValue(n, out var page) ? page : read[n]).ToList();
    }

    public IReadOnlyList<OcrPage> RecognizeImage(byte[] image) => fallback.RecognizeImage(image);
}
