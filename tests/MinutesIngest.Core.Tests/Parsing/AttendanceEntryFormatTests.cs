using System.Text;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Html;
using MinutesIngest.Core.Extraction.Pdf;
using MinutesIngest.Core.Extraction.Text;
using MinutesIngest.Core.Parsing;
using MinutesIngest.Core.Parsing.Attendance;
using MinutesIngest.Core.Tests.Extraction.Docx;
using MinutesIngest.Core.Tests.Extraction.Pdf;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>
/// Attendance entries that carry a short form after the name (a bracketed handle, printed initials), name lists that run on
/// across paragraphs and the note-taker sentence, read the same from Markdown, HTML, Word and PDF, as "name|role|abbreviation|status".
/// </summary>
public sealed class AttendanceEntryFormatTests
{
    // Projects on GitHub list attendees with their handle in brackets, a role after a dash; people not attending who support
    // a decision follow under a lead-in sentence.
    private static readonly string[] HandleEntries = ["Ann Quill (@aquill) - Steering", "Ben Royle (@benr)", "Cara Sedgwick (@c-sedg) - Member"];
    private const string HandleLeadIn = "In addition, the following members are not in attendance but sent their views:";
    private const string HandleAbsent = "Dev Tait (@dtait)";

    private static readonly string[] HandlePeople =
        ["Ann Quill|Steering|@aquill|present", "Ben Royle|-|@benr|present", "Cara Sedgwick|Member|@c-sedg|present", "Dev Tait|-|@dtait|absent"];

    // Initials printed after the name, then the role in brackets; an honour after a name is not initials.
    private static readonly string[] InitialsEntries = ["Ann Quill AQ (chair)", "Ben Royle BR (treasurer)", "Cara Sedgwick MBE"];

    private static readonly string[] InitialsPeople = ["Ann Quill|chair|AQ|present", "Ben Royle|treasurer|BR|present", "Cara Sedgwick|MBE|-|present"];

    // Teams that refer to members by initials may list each one with the short form first, in square brackets; a
    // double-barrelled surname gives its initial by either part.
    private static readonly string[] LeadingEntries = ["[AQ] Ann Quill", "[BR] Ben Royle (Chair)", "[CT] Cara Sedgwick-Tait"];

    private static readonly string[] LeadingPeople = ["Ann Quill|-|AQ|present", "Ben Royle|Chair|BR|present", "Cara Sedgwick-Tait|-|CT|present"];

    // A long list of names whose line breaks became paragraphs, one full stop typed for a comma.
    private static readonly string[] RunOnParagraphs = ["Present members :- Ann Quill ,Ben Royle, Cara Sedgwick,", "Dev Tait, Eve Ulley. Fay Voss,", "Gus Wynn."];

    private static readonly string[] RunOnPeople =
        ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|present", "Dev Tait|-|-|present", "Eve Ulley|-|-|present",
         "Fay Voss|-|-|present", "Gus Wynn|-|-|present"];

    // Who moderated and who took notes, said in a sentence after the list; the note-taker is not in the list.
    private static readonly string[] NoteTakerEntries = ["Ann Quill (@aquill)", "Ben Royle (@benr)"];
    private const string NoteTakerSentence = "@aquill moderated, and @cara-s took notes.";

    private static readonly string[] NoteTakerPeople = ["Ann Quill|-|@aquill|present", "Ben Royle|-|@benr|present", "@cara-s|-|-|present"];

    public static TheoryData<string, Func<SourceDocument>, string[]> Documents() => new()
    {
        { "handles in Markdown", () => Markdown("## Attending\n\n" + Bullets(HandleEntries) + "\n" + HandleLeadIn + "\n\n* " + HandleAbsent + "\n\n## 1. Topics\n"), HandlePeople },
        { "handles in HTML", () => Html("<h2>Attending</h2>" + HtmlList(HandleEntries) + "<p>" + HandleLeadIn + "</p>" + HtmlList([HandleAbsent]) + "<h2>1. Topics</h2>"), HandlePeople },
        { "handles in Word", () => Docx(DocxFixture.P("Attending", style: "Heading2") + WordList(HandleEntries) + DocxFixture.P(HandleLeadIn) + WordList([HandleAbsent]) + DocxFixture.P("1. Topics")), HandlePeople },
        { "initials in Markdown", () => Markdown("Present:\n\n" + Bullets(InitialsEntries) + "\n1. Minutes of the last meeting\n"), InitialsPeople },
        { "initials in HTML", () => Html("<p>Present:</p>" + HtmlList(InitialsEntries) + "<p>1. Minutes of the last meeting</p>"), InitialsPeople },
        { "initials in Word", () => Docx(DocxFixture.P("Present:") + WordList(InitialsEntries) + DocxFixture.P("1. Minutes of the last meeting")), InitialsPeople },
        { "initials in a PDF", () => Pdf(["Present:", .. InitialsEntries.Select(e => "• " + e), "1. Minutes of the last meeting"], paragraphGap: false), InitialsPeople },
        { "leading initials in Markdown", () => Markdown("## Attendees\n\n" + Bullets(LeadingEntries) + "\n## 1. Minutes of the last meeting\n"), LeadingPeople },
        { "leading initials in HTML", () => Html("<h2>Attendees</h2>" + HtmlList(LeadingEntries) + "<h2>1. Minutes of the last meeting</h2>"), LeadingPeople },
        { "leading initials in Word", () => Docx(DocxFixture.P("Attendees", style: "Heading2") + WordList(LeadingEntries) + DocxFixture.P("1. Minutes of the last meeting")), LeadingPeople },
        { "run-on list in Markdown", () => Markdown(string.Join("\n\n", RunOnParagraphs) + "\n\n1. Minutes of the last meeting\n"), RunOnPeople },
        { "run-on list in HTML", () => Html(string.Concat(RunOnParagraphs.Select(p => "<p>" + p + "</p>")) + "<p>1. Minutes of the last meeting</p>"), RunOnPeople },
        { "run-on list in Word", () => Docx(string.Concat(RunOnParagraphs.Select(p => DocxFixture.P(p))) + DocxFixture.P("1. Minutes of the last meeting")), RunOnPeople },
        { "run-on list in a PDF", () => Pdf([.. RunOnParagraphs, "1. Minutes of the last meeting"], paragraphGap: true), RunOnPeople },
        { "run-on list in bold PDF lines", () => Pdf([.. RunOnParagraphs, "1. Minutes of the last meeting"], paragraphGap: false, bold: true), RunOnPeople },
        { "note-taker in Markdown", () => Markdown("## Attending\n\n" + Bullets(NoteTakerEntries) + "\n" + NoteTakerSentence + "\n\n## 1. Topics\n"), NoteTakerPeople },
        { "note-taker in HTML", () => Html("<h2>Attending</h2>" + HtmlList(NoteTakerEntries) + "<p>" + NoteTakerSentence + "</p><h2>1. Topics</h2>"), NoteTakerPeople },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Reads_the_entry_in_every_format(string name, Func<SourceDocument> document, string[] expected)
    {
        var people = RecordText.People(new MinutesParser().Parse(document()));
        Assert.True(expected.SequenceEqual(people), $"{name}: got [{string.Join("; ", people)}]");
    }

    [Theory]
    [InlineData("Ann Quill AQ", "Ann Quill|AQ")]
    [InlineData("Ann Bea Quill AQ", "Ann Bea Quill|AQ")]
    [InlineData("Ann Bea Quill ABQ", "Ann Bea Quill|ABQ")]
    [InlineData("S.Quill SQ", "S.Quill|SQ")]                 // an initial run into the surname
    [InlineData("Sam Quill SQu", "Sam Quill|SQu")]           // a letter more tells two SQs apart
    [InlineData("Dan Gale DG", "Dan Gale|DG")]               // an office's letters that are the name's own initials
    [InlineData("Ann Lee CEO", null)]
    [InlineData("Cllr Ann Quill AQ", "Cllr Ann Quill|AQ")]
    [InlineData("Ann Quill MBE", null)]
    [InlineData("Max Pell MP", null)]
    [InlineData("Ann Quill QC", null)]
    [InlineData("Ann Quill BR", null)]
    [InlineData("Ann QUILL", null)]
    [InlineData("Quill AQ", null)]
    public void Initials_after_a_name_are_split_only_when_they_are_the_name_s_initials(string text, string? expected)
    {
        var split = TrailingInitials.Split(text);
        Assert.Equal(expected, split is { } s ? s.Name + "|" + s.Initials : null);
    }

    [Theory]
    [InlineData("Ann Quill, Ben Royle. Cara Sedgwick, Dev Tait", "Ann Quill, Ben Royle, Cara Sedgwick, Dev Tait")]
    [InlineData("Ann Quill. Ben Royle. Cara Sedgwick", "Ann Quill, Ben Royle, Cara Sedgwick")]
    [InlineData("Dr. Ann Quill, Mrs. Ben Royle", "Dr. Ann Quill, Mrs. Ben Royle")]
    [InlineData("A. Quill, B. R. Royle", "A. Quill, B. R. Royle")]
    [InlineData("Cllr A. Quill. Cllr B. Royle", "Cllr A. Quill, Cllr B. Royle")]
    [InlineData("Ann Quill. Ben Royle was present for part of the meeting", "Ann Quill. Ben Royle was present for part of the meeting")]
    [InlineData("Ann Quill (Chair). Ben Royle", "Ann Quill (Chair). Ben Royle")]
    public void A_full_stop_between_two_full_names_parts_them(string text, string expected) =>
        Assert.Equal(expected, FullStopNames.Separate(text));

    public static TheoryData<string, string[], string[]> Blocks() => new()
    {
        {
            "a run of names with no comma at the paragraph end goes on when the next paragraph is all full names",
            ["Present: Ann Quill, Ben Royle", "Cara Sedgwick, Dev Tait, Eve Ulley", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|present", "Dev Tait|-|-|present", "Eve Ulley|-|-|present"]
        },
        {
            "a labelled list set as bold headings runs on through headings of its level",
            ["## Present members :- Ann Quill, Ben Royle,", "## Cara Sedgwick, Dev Tait.", "### 1) Apologies", "Eve Ulley"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|present", "Dev Tait|-|-|present", "Eve Ulley|-|-|apologies"]
        },
        {
            "a heading after a list closed by a full stop is not a name",
            ["## Present: Ann Quill, Ben Royle.", "## Cara Sedgwick, Dev Tait", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "a group label right after the label names the list's group",
            ["Present: Members: Ann Quill, Ben Royle, Cara Sedgwick", "Present: Observers: Dev Tait", "Apologies: Members: Eve Ulley", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|present", "Dev Tait|-|-|in_attendance", "Eve Ulley|-|-|apologies"]
        },
        {
            "a chat nick with the underscore of a reconnect is the same handle",
            ["Present: ann, BobK_, carol_smith, dave__", "1. Welcome"],
            ["ann|-|-|present", "BobK|-|-|present", "carol smith|-|-|present", "dave|-|-|present"]
        },
        {
            "a person recorded as not present in a note under an item",
            ["Present: Ann Quill, Ben Royle", "1. Fundraising", "None (Cara was not present).", "2. Quorum was not present at the start."],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara|-|-|absent"]
        },
        {
            "a list closed by a full stop does not take the next paragraph",
            ["Present: Ann Quill, Ben Royle.", "Cara Sedgwick, Dev Tait, Eve Ulley", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "a label after the run-on list opens its own group",
            ["Present: Ann Quill, Ben Royle,", "Cara Sedgwick", "Apologies: Dev Tait", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|present", "Dev Tait|-|-|apologies"]
        },
        {
            "the note-taker named in a sentence after the list, the chair already listed",
            ["Present: Ann Quill, Ben Royle", "Ann Quill chaired; Cara Sedgwick took the minutes.", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|present"]
        },
        {
            "a listed note-taker is not added twice, whether by name or by handle",
            ["## Attendees", "[] Ann Quill (@aquill)", "[] Ben Royle", "@aquill moderated, and Ben Royle took notes.", "## 1. Topics"],
            ["Ann Quill|-|@aquill|present", "Ben Royle|-|-|present"]
        },
        {
            "the office that took the minutes is not a person",
            ["Present: Ann Quill, Ben Royle", "The Clerk took the minutes.", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
    };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Reads_the_block_convention(string name, string[] blocks, string[] expected)
    {
        var people = RecordText.People(BlockSpec.Parse(blocks));
        Assert.True(expected.SequenceEqual(people), $"{name}: got [{string.Join("; ", people)}]");
    }

    private static string Bullets(IEnumerable<string> entries) => string.Concat(entries.Select(e => "* " + e + "\n"));

    private static string HtmlList(IEnumerable<string> entries) => "<ul>" + string.Concat(entries.Select(e => "<li>" + e + "</li>")) + "</ul>";

    private static string WordList(IEnumerable<string> entries) => string.Concat(entries.Select(e => DocxFixture.P(e, numId: 1, ilvl: 0)));

    private static SourceDocument Markdown(string text) => new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "minutes.md");

    private static SourceDocument Html(string body) =>
        new HtmlExtractor().Extract(Encoding.UTF8.GetBytes("<html><body>" + body + "</body></html>"), "minutes.html");

    private static SourceDocument Docx(string body) => new DocxFixture
    {
        Body = body,
        Numbering = DocxFixture.AbstractNum(1, DocxFixture.Lvl(0, "bullet", "•")) + DocxFixture.Num(1, 1),
        Styles = "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>",
    }.Extract();

    // One line of text per entry; a blank line's worth of space between them when the lines were paragraphs.
    private static SourceDocument Pdf(string[] lines, bool paragraphGap, bool bold = false)
    {
        var pdf = new SyntheticPdf().Page().Text(72, 770, "Minutes of the Annual Meeting", 14);
        var y = 740.0;
        foreach (var line in lines)
        {
            pdf.Text(72, y, line, 11, bold);
            y -= paragraphGap ? 30 : 14;
        }
        return new PdfExtractor().Extract(pdf.Build(), "minutes.pdf");
    }
}
