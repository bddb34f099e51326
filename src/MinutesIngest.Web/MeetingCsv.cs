using System.Globalization;
using MinutesIngest.Web.Exports;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Web;

/// <summary>The tables of the meeting page as CSV files (<c>/meetings/{id}/TABLE.csv</c>), each row led by the document id.</summary>
internal static class MeetingCsv
{
    /// <summary>The table names a CSV address accepts, in page order.</summary>
    public static readonly string[] Tables = ["meeting", "sources", "attendance", "items", "actions"];

    /// <summary>The address of one table's CSV for a meeting.</summary>
    public static string Path(long documentId, string table) => $"/meetings/{documentId.ToString(CultureInfo.InvariantCulture)}/{table}.csv";

    /// <summary>Writes the named table; false for a name that is no table of the page.</summary>
    public static bool TryWrite(TextWriter writer, string table, MeetingDetail m)
    {
        var id = m.DocumentId.ToString(CultureInfo.InvariantCulture);
        switch (table)
        {
            case "meeting":
                CsvOutput.Write(writer, [("document_id", _ => id), ("title", x => x.Title), ("body", x => x.Body), ("date", x => x.Date),
                    ("start_time", x => x.StartTime), ("venue", x => x.Venue), ("chair", x => x.Chair), ("minute_taker", x => x.MinuteTaker),
                    ("next_meeting_date", x => x.NextMeetingDate), ("next_meeting_time", x => x.NextMeetingTime), ("path", x => x.DocumentPath),
                    ("format", x => x.Format), ("ocr_confidence", x => x.OcrConfidence?.ToString("0.#", CultureInfo.InvariantCulture))], [m]);
                return true;
            case "sources":
                CsvOutput.Write<MeetingSource>(writer, [("document_id", s => s.DocumentId.ToString(CultureInfo.InvariantCulture)), ("path", s => s.Path),
                    ("format", s => s.Format), ("status", s => s.Status), ("role", s => s.Role)], m.Sources);
                return true;
            case "attendance":
                CsvOutput.Write<MeetingAttendee>(writer, [("document_id", _ => id), ("name", a => a.Name), ("role", a => a.Role),
                    ("abbreviation", a => a.Abbreviation), ("status", a => a.Status)], m.Attendance);
                return true;
            case "items":
                CsvOutput.Write<MeetingItem>(writer, [("document_id", _ => id), ("number", i => i.Number), ("title", i => i.Title), ("text", i => i.Body)], m.Items);
                return true;
            case "actions":
                CsvOutput.Write<MeetingAction>(writer, [("document_id", _ => id), ("item", a => a.ItemNumber), ("text", a => a.Text), ("owner", a => a.Owner),
                    ("owner_name", a => a.OwnerName), ("due", a => a.Due)], m.Actions);
                return true;
            default:
                return false;
        }
    }
}
