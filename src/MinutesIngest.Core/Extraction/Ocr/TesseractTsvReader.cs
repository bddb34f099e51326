using System.Globalization;

namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>Reads Tesseract's TSV output (level, page, block, paragraph, line, word, box, conf, text) into pages of words.</summary>
public static class TesseractTsvReader
{
    private const int PageLevel = 1, WordLevel = 5;

    /// <summary>One <see cref="OcrPage"/> per page row; <paramref name="firstPageNumber"/> numbers the first page of the output.</summary>
    public static List<OcrPage> Read(string tsv, int firstPageNumber = 1)
    {
        var pages = new List<OcrPage>();
        List<OcrWord>? words = null;
        int width = 0, height = 0, number = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith("level", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length < 11 || !int.TryParse(f[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var level)) continue;
            if (level == PageLevel)
            {
                if (words != null) pages.Add(new OcrPage(number, width, height, words));
                words = [];
                number = firstPageNumber + pages.Count;
                width = Int(f[8]);
                height = Int(f[9]);
                continue;
            }
            if (level != WordLevel || words == null || f.Length < 12) continue;
            var text = f[11].Trim();
            var conf = double.Parse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture);
            // Conf -1 marks layout rows; empty text is a box Tesseract could not read.
            if (text.Length == 0 || conf < 0) continue;
            words.Add(new OcrWord(text, Int(f[6]), Int(f[7]), Int(f[8]), Int(f[9]), conf, Int(f[2]), Int(f[3]), Int(f[4])));
        }
        if (words != null) pages.Add(new OcrPage(number, width, height, words));
        return pages;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
