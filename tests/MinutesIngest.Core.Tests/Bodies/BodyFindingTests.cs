using System.Net;
using System.Text;
using MinutesIngest.Core.Bodies;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Html;
using MinutesIngest.Core.Extraction.Pdf;
using MinutesIngest.Core.Extraction.Text;
using MinutesIngest.Core.Parsing;
using MinutesIngest.Core.Tests.Extraction.Docx;
using MinutesIngest.Core.Tests.Extraction.Pdf;

namespace MinutesIngest.Core.Tests.Bodies;

/// <summary>The body is found where minutes of many bodies name it — the opening sentence, a dated title, a letterhead, the
/// footer — whichever format carries the text.</summary>
public sealed class BodyFindingTests
{
    public static TheoryData<string, string, string[], string?> Cases()
    {
        var data = new TheoryData<string, string, string[], string?>();
        (string Name, string[] Lines, string? Body)[] conventions =
        [
            ("opening sentence names committee and council",
                ["Minutes", "A meeting of the Finance Committee of Anytown Town Council was held on 4 May 2024 at the Hall.", "Present: Ann Lee, Bob Ray", "1. Budget", "The budget was approved."],
                "Anytown Town Council"),
            ("opening sentence after the date and venue lines",
                ["Minutes", "Date: 4 May 2024", "Venue: Village Hall", "Time: 7pm", "Chair: Ann Lee", "The Board of Trustees of the Example Garden Trust met at the hall.", "Present: Ann Lee, Bob Ray", "1. Budget", "The budget was approved."],
                "Board of Trustees of the Example Garden Trust"),
            ("date printed before the body in the title",
                ["February 12, 2015 Example Rowing Association Minutes", "Present: Ann Lee, Bob Ray", "Meeting called to order at 7pm.", "The budget was approved."],
                "Example Rowing Association"),
            ("township letterhead above the minutes",
                ["Example Township", "Minutes of April 2025", "Present: Ann Lee, Bob Ray", "Meeting called to order at 7pm.", "The budget was approved."],
                "Example Township"),
            ("organisation and organ in the footer",
                ["Meeting Minutes", "Present: Ann Lee, Bob Ray", "1. Budget", "The budget was approved.", "Example Garden Society • Committee Meeting Minutes"],
                "Example Garden Society"),
            ("initials of the title spelled out in the text",
                ["EWF Monthly Meeting", "Present: Ann Lee, Bob Ray", "The Example Widget Foundation (EWF) thanked its volunteers.", "The budget was approved."],
                "Example Widget Foundation"),
            ("organisation label among the header fields",
                ["Meeting Minutes", "Date: 4 May 2024", "Organisation: Example Allotment Holders", "Present: Ann Lee, Bob Ray", "The budget was approved."],
                "Example Allotment Holders"),
            ("heading naming the meeting of the organisation",
                ["Annual Meeting of the Example Rowing Association", "Present: Ann Lee, Bob Ray", "1. Budget", "The budget was approved."],
                "Example Rowing Association"),
            ("jurisdictions in the letterhead, the town last",
                ["State of Example", "County of Exampleshire", "Town of Exampleton", "Board of Trustees Meeting", "Present: Ann Lee, Bob Ray", "The budget was approved."],
                "Town of Exampleton"),
            ("an approval stamp above the minutes names who approved them",
                ["Approved by the Example Public Library Board on February 17, 2011", "MINUTES OF REGULAR BOARD MEETING", "Present: Ann Lee, Bob Ray", "1. Budget", "The budget was approved."],
                "Example Public Library Board"),
            ("a municipal organ in the heading, the place in the text",
                ["Minutes", "Formal Meeting of City Council", "Present: Ann Lee, Bob Ray", "1. Zoning", "The Code of Ordinances of the City of Exampleton was amended.", "The City of Exampleton will publish it."],
                "City of Exampleton"),
            ("a municipal organ, another kind of place in the text",
                ["Minutes", "Regular Meeting of Town Council", "Present: Ann Lee, Bob Ray", "1. Roads", "The County of Exampleshire repaired the road."],
                "Town Council"),
            ("a municipal organ named in the heading, its place in a resolution",
                ["Minutes", "Regular Meeting of Town Council", "Present: Ann Lee, Bob Ray", "1. Roads", "Resolved that the Town of Exampleton repair the road."],
                "Town of Exampleton"),
            ("no body anywhere",
                ["Meeting Minutes", "Present: Ann Lee, Bob Ray", "1. Budget", "The committee approved the budget.", "Next meeting: 4 June 2024"],
                null),
        ];
        foreach (var (name, lines, body) in conventions)
            foreach (var format in (string[])["txt", "html", "docx", "pdf"])
                data.Add(name, format, lines, body);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_the_body_the_document_names(string convention, string format, string[] lines, string? expected)
    {
        var document = Extract(format, lines);
        Assert.True(expected == Found(document), $"{convention} ({format}): got {Found(document) ?? "null"}");
    }

    [Theory]
    [InlineData("---\norganisation: Example Garden Club\ntitle: Spring meeting\n---\n\n# Minutes\n\nPresent: Ann Lee, Bob Ray\n\nThe budget was approved.\n", "Example Garden Club")]
    // Only the kind of organ: every body has a board of directors, so this names none (the importer's --body gives it).
    [InlineData("---\ntitle: Board of Directors Meeting\nlayout: post\n---\n\n## Minutes\n\nAttendance: Ann Lee, Bob Ray\n\nThe budget was approved.\n", null)]
    [InlineData("---\ntitle: Board of Directors Meeting\nlayout: post\n---\n\n## Minutes\n\nAttendance: Ann Lee, Bob Ray\n\nThe Example Garden Society met at the hall.\n", "Example Garden Society")]
    [InlineData("### EXAMPLE RADIO CLUB\n\n## Minutes of Committee Meeting\n\nPresent: Ann Lee, Bob Ray\n\nThe budget was approved.\n", "EXAMPLE RADIO CLUB")]
    [InlineData("### Example Garden Society 2017 AGM Minutes\n\nOfficers and Trustees Present\n\n- Ann Lee\n- Bob Ray\n\nThe budget was approved.\n", "Example Garden Society")]
    [InlineData("## Minutes of EGS AGM 2018 - 26 November 2018\n\nPresent: Ann Lee, Bob Ray\n\nThe budget was approved.\n", "EGS")]
    [InlineData("## Exampleton Primary PTO Meeting\n\nPresent: Ann Lee, Bob Ray\n\nThe budget was approved.\n", "Exampleton Primary PTO")]
    [InlineData("## PTO Meeting\n\nPresent: Ann Lee, Bob Ray\n\nThe budget was approved.\n", null)]
    [InlineData("## EXCERPTS FROM THE EXAMPLE GARDEN SOCIETY AGM MINUTES\n\nPresent: Ann Lee, Bob Ray\n\nThe budget was approved.\n", "EXAMPLE GARDEN SOCIETY")]
    [InlineData("Example Food Bank — Registered charity no. 1234567\n\n## Trustee Meeting\n\nPresent: Ann Lee, Bob Ray\n\nThe budget was approved.\n", "Example Food Bank")]
    [InlineData("Version: 4 May 2024\n\nExample Usage Board telecon - report\n\nPresent: Ann Lee, Bob Ray\n\nThe budget was approved.\n", "Example Usage Board")]
    [InlineData("+++\ntitle = \"Example Radio Club Monthly Meeting\"\n+++\n\nPresent: Ann Lee, Bob Ray\n\nThe budget was approved.\n", "Example Radio Club")]
    [InlineData("+++\ntitle = \"Week 6 Exec Meeting Minutes\"\ngroup = \"minutes\"\n+++\n\nPresent: Ann Lee, Bob Ray\n\nThe budget was approved.\n", null)]
    [InlineData("## Actions\n\n- Ann to book the hall\n\n## Minutes of Example Garden Club Committee Meeting, 31/10/11\n\nPresent: Ann Lee, Bob Ray\n\n## Budget\n\nThe budget was approved.\n", "Example Garden Club Committee")]
    [InlineData("## Agenda\n\n- Update on the proposal\n- Update on advertising the group\n\n# Notes of the meeting\n\nPresent. Ann Lee, Bob Ray\n\nThe budget was approved.\n", null)]
    [InlineData("## Actions\n\n- Ann to book the hall\n\n## Finance Committee report\n\nPresent: Ann Lee, Bob Ray\n\nThe budget was approved.\n", null)]
    public void Finds_the_body_in_markdown_front_matter_and_headings(string markdown, string? expected) =>
        Assert.Equal(expected, Found(new TextExtractor().Extract(Encoding.UTF8.GetBytes(markdown), "minutes.md")));

    [Theory]
    [InlineData("Minutes 2024-05-04 – Example Widgets Working Group", "Example Widgets Working Group")]
    [InlineData("Minutes of Example Garden Club Committee Meeting, 31/10/11", "Example Garden Club Committee")]
    [InlineData("Example Site", null)]
    public void Finds_the_body_a_page_title_names(string title, string? expected)
    {
        var html = $"<html><head><title>{WebUtility.HtmlEncode(title)}</title></head><body><p>Present: Ann Lee, Bob Ray</p><p>The budget was approved.</p></body></html>";
        Assert.Equal(expected, Found(new HtmlExtractor().Extract(Encoding.UTF8.GetBytes(html), "minutes.html")));
    }

    // A heading that names the record, then the meeting of the organisation, or the organisation the minutes are for.
    [Theory]
    [InlineData("Minutes – Executive Meeting of the Example Hiking Club", "Example Hiking Club")]
    [InlineData("Minutes: Annual Meeting of Example Makers Guild", "Example Makers Guild")]
    [InlineData("Minutes for the meeting of the Example Garden Steering Committee", "Example Garden Steering Committee")]
    [InlineData("Minutes for Makers for Good", "Makers for Good")]
    [InlineData("Minutes for March 2024", null)]
    [InlineData("Minutes for Meeting 3", null)]
    [InlineData("Minutes – Project meeting 1", null)]
    [InlineData("EWF Hybrid General Business Meeting", "EWF")]
    [InlineData("EWF Fall 2024 Meeting", "EWF")]
    public void Finds_the_body_after_a_record_label(string heading, string? expected) =>
        Assert.Equal(expected, BodyResolver.FromLine(heading));

    [Fact]
    public void Finds_the_body_in_a_letterhead_printed_on_every_page()
    {
        // Running headers are taken out of the text; the letterhead among them still names the body.
        var pdf = new SyntheticPdf()
            .Page().Text(72, 760, "Example Township").Lines(72, 700, ["Minutes of April 2025", "Present: Ann Lee, Bob Ray", "Meeting called to order at 7pm."], leading: 24)
            .Page().Text(72, 760, "Example Township").Lines(72, 700, ["The budget was approved.", "Meeting adjourned at 8pm."], leading: 24)
            .Build();
        var document = new PdfExtractor().Extract(pdf, "minutes.pdf");
        Assert.DoesNotContain(document.Blocks, b => BlockText.Of(b).Contains("Example Township"));
        Assert.Equal("Example Township", Found(document));
    }

    private static string? Found(SourceDocument document) => BodyResolver.Find(document, new MinutesParser().Parse(document));

    private static SourceDocument Extract(string format, string[] lines) => format switch
    {
        "txt" => new TextExtractor().Extract(Encoding.UTF8.GetBytes(string.Join("\n\n", lines)), "minutes.txt"),
        "html" => new HtmlExtractor().Extract(Encoding.UTF8.GetBytes(
            "<html><body>" + string.Concat(lines.Select(l => $"<p>{WebUtility.HtmlEncode(l)}</p>")) + "</body></html>"), "minutes.html"),
        "docx" => new DocxFixture { Body = string.Concat(lines.Select(l => DocxFixture.P(WebUtility.HtmlEncode(l)))) }.Extract(),
        _ => new PdfExtractor().Extract(new SyntheticPdf().Page().Lines(72, 720, lines.Select(l => l.Replace("•", "-")), leading: 24).Build(), "minutes.pdf"),
    };
}
