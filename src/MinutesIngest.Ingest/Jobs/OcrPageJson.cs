using System.Text.Json;
using MinutesIngest.Core.Extraction.Ocr;
using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Ingest.Jobs;

/// <summary>One page's OCR as saved between the job that read it and the job that assembles the document; numbers round-trip exactly.</summary>
public static class OcrPageJson
{
    private static readonly JsonSerializerOptions Json = new(MinutesJson.Options) { WriteIndented = false };

    public static string Write(OcrPage page) => JsonSerializer.Serialize(page, Json);

    public static OcrPage Read(string json) => JsonSerializer.Deserialize<OcrPage>(json, Json) ?? throw new InvalidDataException("a saved OCR page was empty");
}
