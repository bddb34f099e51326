using MinutesIngest.Core.Minutes;
using System.Text;
using MinutesIngest.Storage.Queries;
using static MinutesIngest.Web.Html;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Web;

/// <summary>One meeting as extracted: metadata, attendance, items (with their text) and actions.</summary>
internal static class MeetingPage
{
    public static string Render(MeetingDetail m)
    {
        var b = new StringBuilder($"<h1>{E(m.Title ?? "(untitled meeting)")}</h1><table class=\"meta\">");
        void Row(string label, string? value) => b.Append($"<tr><th>{E(label)}</th><td>{E(value ?? "—")}</td></tr>");
        Row("Body", m.Body); Row("Series", m.Series); Row("Date", m.Date); Row("Start", m.StartTime); Row("Venue", m.Venue); Row("Chair", m.Chair);
        Row("Minute taker", m.MinuteTaker); Row("Next meeting", $"{m.NextMeetingDate} {m.NextMeetingTime}".Trim() is { Length: > 0 } next ? next : null);
        Row("Source", $"{m.DocumentPath} ({m.Format}, document {m.DocumentId})");
        // Mean first, then each OCR'd page: a low page is where to check the extraction against the scan.
        if (OcrConfidenceText.Describe(m.OcrPageConfidence) is { } ocr) Row("OCR confidence", ocr);
        Row("Result", DocumentResultCodes.Code(m.Result) + (m.Warnings.Count == 0 ? "" : $" ({m.Warnings.Count} warnings)"));
        foreach (var warning in m.Warnings) Row("Warning", warning);
        b.Append("</table>");
        b.Append("<p>").Append(Csv(m, "meeting", "Download as CSV")).Append(" · ").Append(Csv(m, "sources", "Sources as CSV")).Append("</p>");

        // Every file of the meeting (a scan, an HTML page, a draft): the content shown is the kept one's.
        b.Append($"<h2>Sources ({m.Sources.Count})</h2><table id=\"sources\"><thead><tr><th>File</th><th>Format</th><th>Document</th><th>Status</th><th>Role</th></tr></thead><tbody>");
        foreach (var s in m.Sources)
            b.Append($"<tr class=\"{s.Role}\"><td class=\"path\">{E(s.Path)}</td><td>{E(s.Format)}</td><td>{s.DocumentId}</td><td class=\"status\">{E(s.Status)}</td><td class=\"role\">{s.Role}</td></tr>");
        b.Append("</tbody></table>");

        b.Append($"<h2>Attendance ({m.Attendance.Count})</h2><table><thead><tr><th>Name</th><th>Role</th><th>Initials</th><th>Status</th></tr></thead><tbody>");
        foreach (var a in m.Attendance) b.Append($"<tr><td>{E(a.Name)}</td><td>{E(a.Role)}</td><td>{E(a.Abbreviation)}</td><td>{E(a.Status)}</td></tr>");
        b.Append("</tbody></table>");

        b.Append("<p>").Append(Csv(m, "attendance")).Append("</p>");

        b.Append($"<h2>Items ({m.Items.Count})</h2>").Append("<p>").Append(Csv(m, "items", "Items with their text as CSV")).Append("</p>");
        foreach (var i in m.Items)
            b.Append($"<details class=\"hit\"><summary><strong>{E(i.Number)}</strong> {E(i.Title)}</summary><p style=\"white-space:pre-wrap\">{E(i.Body)}</p></details>");

        b.Append($"<h2>Actions ({m.Actions.Count})</h2><table><thead><tr><th>Item</th><th>Action</th><th>Owner</th><th>Owner name</th><th>Due</th></tr></thead><tbody>");
        foreach (var a in m.Actions) b.Append($"<tr><td>{E(a.ItemNumber)}</td><td>{E(a.Text)}</td><td>{E(a.Owner)}</td><td>{E(a.OwnerName)}</td><td>{E(a.Due)}</td></tr>");
        b.Append("</tbody></table>");
        b.Append("<p>").Append(Csv(m, "actions")).Append("</p>");
        return Page(m.Title ?? "Meeting", "", b.ToString());
    }

    private static string Csv(MeetingDetail m, string table, string text = "Download as CSV") =>
        CsvDownload.Link($"{table}-csv", MeetingCsv.Path(m.DocumentId, table), "", text);
}
