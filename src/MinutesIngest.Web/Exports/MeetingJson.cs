using System.Text.Json;
using System.Text.Json.Nodes;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Web.Exports;

/// <summary>
/// A stored meeting as JSON: the extraction contract's record, its result ("success" or "partial_success") and
/// warnings, plus for a document read by OCR its mean confidence
/// and the mean per page ("ocr_confidence", "ocr_page_confidence", null entries for pages read from their text layer).
/// </summary>
public static class MeetingJson
{
    public static string Serialize(MeetingDetail meeting)
    {
        var record = MeetingRecord.From(meeting);
        var node = JsonSerializer.SerializeToNode(record, MinutesJson.Options)!.AsObject();
        node["result"] = DocumentResultCodes.Code(meeting.Result);
        node["warnings"] = new JsonArray(meeting.Warnings.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray());
        if (meeting.OcrConfidence is { } mean)
        {
            node["ocr_confidence"] = Math.Round(mean, 1);
            node["ocr_page_confidence"] = new JsonArray(meeting.OcrPageConfidence.Select(c => c is { } v ? JsonValue.Create(Math.Round(v, 1)) : null).ToArray<JsonNode?>());
        }
        return node.ToJsonString(MinutesJson.Options);
    }
}
