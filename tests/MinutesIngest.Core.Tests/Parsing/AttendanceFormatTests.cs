using System.Text;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Html;
using MinutesIngest.Core.Extraction.Pdf;
using MinutesIngest.Core.Extraction.Text;
using MinutesIngest.Core.Parsing;
using MinutesIngest.Core.Tests.Extraction.Docx;
using MinutesIngest.Core.Tests.Extraction.Pdf;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>
/// Attendance conventions read the same from every format whose reader gives them: a Markdown file, an HTML page and a Word
/// document, as "name|role|abbreviation|status".
/// </summary>
public sealed class AttendanceFormatTests
{
    // A name split into given and family name columns, a group row between the people, and a status column.
    private static readonly string[][] SplitNameTable =
    [
        ["Given Name", "Family Name", "Role", "Present"],
        ["Voting Members", "", "", ""],
        ["Ann", "Quill", "Voting Member, Convenor", "Present"],
        ["Ben", "Royle", "Voting Member", "Absent"],
        ["Observers", "", "", ""],
        ["Cara", "Sedgwick", "Observer", "Present"],
    ];

    private static readonly string[] SplitNamePeople =
        ["Ann Quill|Voting Member, Convenor|-|present", "Ben Royle|Voting Member|-|absent", "Cara Sedgwick|Observer|-|in_attendance"];

    // A layout table: the label in the first column, an office written once above its holders, one person a row, a second
    // group opened lower in the label column.
    private static readonly string[][] LabelColumnTable =
    [
        ["Present", "Chairman", "Ann Quill"],
        ["", "Councillor:", "Ben Royle"],
        ["", "", "Mrs Cara Sedgwick"],
        ["", "", "Dev Tait (ABC)"],
        ["Apologies", "", "Eve Ulley"],
    ];

    private static readonly string[] LabelColumnPeople =
        ["Ann Quill|Chairman|-|present", "Ben Royle|Councillor|-|present", "Mrs Cara Sedgwick|Councillor|-|present", "Dev Tait|ABC|-|present",
         "Eve Ulley|-|-|apologies"];

    // An officer list written role first, one person a line, a plural role shared by the names after it.
    private static readonly string[] RoleFirstLines = ["President – Ann Quill", "Vice Chair - Ben Royle", "Captains – Cara Sedgwick, Dev Tait"];

    private static readonly string[] RoleFirstPeople =
        ["Ann Quill|President|-|present", "Ben Royle|Vice Chair|-|present", "Cara Sedgwick|Captains|-|present", "Dev Tait|Captains|-|present"];

    public static TheoryData<string, Func<SourceDocument>, string[]> Documents() => new()
    {
        { "split-name table in Markdown", () => Markdown("## Participants\n\n" + MarkdownTable(SplitNameTable) + "\n## 1. Agenda\n"), SplitNamePeople },
        { "split-name table in HTML", () => Html("<h2>Participants</h2>" + HtmlTable(SplitNameTable) + "<h2>1. Agenda</h2>"), SplitNamePeople },
        { "split-name table in Word", () => Docx(DocxFixture.P("Participants") + DocxTable(SplitNameTable) + DocxFixture.P("1. Agenda")), SplitNamePeople },
        { "label-column layout table in HTML", () => Html("<p>Minutes of the meeting</p>" + HtmlTable(LabelColumnTable) + "<h2>1. Agenda</h2>"), LabelColumnPeople },
        { "label-column layout table in Word", () => Docx(DocxFixture.P("Minutes of the meeting") + DocxTable(LabelColumnTable) + DocxFixture.P("1. Agenda")), LabelColumnPeople },
        { "role-first officers in Markdown", () => Markdown("**MEMBERS PRESENT:**\n\n" + string.Join("  \n", RoleFirstLines) + "\n\n**MINUTES OF THE LAST MEETING:** approved as posted.\n"), RoleFirstPeople },
        { "role-first officers in HTML", () => Html("<p><b>MEMBERS PRESENT:</b></p><p>" + string.Join("<br>", RoleFirstLines) + "</p><p><b>MINUTES OF THE LAST MEETING:</b> approved as posted.</p>"), RoleFirstPeople },
        { "role-first officers in Word", () => Docx(DocxFixture.P("MEMBERS PRESENT:") + string.Concat(RoleFirstLines.Select(l => DocxFixture.P(l))) + DocxFixture.P("MINUTES OF THE LAST MEETING: approved as posted.")), RoleFirstPeople },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Reads_the_convention_in_every_format(string name, Func<SourceDocument> document, string[] expected)
    {
        var people = RecordText.People(new MinutesParser().Parse(document()));
        Assert.True(expected.SequenceEqual(people), $"{name}: got [{string.Join("; ", people)}]");
    }

    [Fact]
    public void A_numbered_roll_in_a_pdf_is_read_as_people_and_not_as_items()
    {
        // Names and roles in two columns, the numbering running on across the groups; a long name runs into its role.
        var pdf = new SyntheticPdf().Page()
            .Text(72, 740, "PRESENT", 12, bold: true)
            .Text(90, 720, "1. Ann Quill").Text(250, 720, "Chair")
            .Text(90, 706, "2. Ben Royle").Text(250, 706, "Elected Member")
            .Text(90, 692, "3. Dr. Cara Sedgwick-Whitlock Elected Member")
            .Text(72, 664, "ABSENT", 12, bold: true)
            .Text(90, 644, "4. Dev Tait").Text(250, 644, "Elected Member")
            .Text(72, 616, "OTHER ATTENDEES", 12, bold: true)
            .Text(90, 596, "5. Eve Ulley").Text(250, 596, "Office of the Budget")
            .Text(72, 560, "Meeting Minutes", 14, bold: true)
            .Text(72, 536, "1. The board approved the budget for the coming year.")
            .Text(72, 520, "2. The board adjourned.")
            .Build();
        var record = new MinutesParser().Parse(new PdfExtractor().Extract(pdf, "minutes.pdf"));

        Assert.Equal(["1", "2"], RecordText.Items(record));
        string[] expected = ["Ann Quill|Chair|-|present", "Ben Royle|Elected Member|-|present", "Dr. Cara Sedgwick-Whitlock|Elected Member|-|present",
            "Dev Tait|Elected Member|-|absent", "Eve Ulley|Office of the Budget|-|in_attendance"];
        // Rows read from the table come before rows the reader left as paragraphs; the scorer matches people by name.
        Assert.Equal(expected.Order(StringComparer.Ordinal), RecordText.People(record).Order(StringComparer.Ordinal));
    }

    private static SourceDocument Markdown(string text) => new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "minutes.md");

    private static SourceDocument Html(string body) =>
        new HtmlExtractor().Extract(Encoding.UTF8.GetBytes("<html><body>" + body + "</body></html>"), "minutes.html");

    private static SourceDocument Docx(string body) => new DocxFixture { Body = body }.Extract();

    private static string MarkdownTable(string[][] rows) =>
        string.Concat(rows.Select((r, i) => "| " + string.Join(" | ", r) + " |\n" + (i == 0 ? "|" + string.Concat(r.Select(_ => "---|")) + "\n" : "")));

    private static string HtmlTable(string[][] rows) =>
        "<table>" + string.Concat(rows.Select(r => "<tr>" + string.Concat(r.Select(c => "<td>" + c + "</td>")) + "</tr>")) + "</table>";

    private static string DocxTable(string[][] rows) =>
        "<w:tbl>" + string.Concat(rows.Select(r => "<w:tr>" + string.Concat(r.Select(c => "<w:tc>" + DocxFixture.P(c) + "</w:tc>")) + "</w:tr>")) + "</w:tbl>";
}
