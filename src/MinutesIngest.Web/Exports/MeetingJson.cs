using System.Text.Json;
using System.Text.Json.Nodes;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Web.Exports;

/// <summary>
/// A stored meeting as JSON: the extraction contract's record, plus for a document read by OCR its mean confidence
/// and the mean per page ("ocr_confidence", "ocr_page_confidence", null entries for pages read from their text layer).
/// </summary>
public static class MeetingJson
{
    public static string Serialize(MeetingDetail meeting)
    {
        var record = MeetingRecord.From(meeting);
        if (meeting.OcrConfidence is not { } mean) return MinutesJson.Serialize(record);
        var node = JsonSerializer.SerializeToNode(record, MinutesJson.Options)!.AsObject();
        node["ocr_confidence"] = Math.Round(mean, 1);
        node["ocr_page_confidence"] = new JsonArray(meeting.OcrPageConfidence.Select(c => c is { } v ? JsonValue.Create(Math.Round(v, 1)) : null).ToArray<JsonNode?>());
        return node.ToJsonString(MinutesJson.Options);
    }
}
