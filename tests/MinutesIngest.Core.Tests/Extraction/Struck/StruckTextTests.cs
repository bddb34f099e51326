using System.Text;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Html;
using MinutesIngest.Core.Extraction.Text;
using MinutesIngest.Core.Parsing;
using MinutesIngest.Core.Tests.Extraction.Docx;
using MinutesIngest.Core.Tests.Extraction.Html;

namespace MinutesIngest.Core.Tests.Extraction.Struck;

/// <summary>Struck-through text is withdrawn wording: every format drops it at extraction, so a struck marker gives no action.</summary>
public sealed class StruckTextTests
{
    private const string Present = "Present: Ann Quill, Ben Royle";

    // Each source is the one action line "Action: Ben to order the new chairs"; the case says whether its marker survives.
    // A DOCX source is the runs of that paragraph.
    public static TheoryData<string, string, string, int> Sources() => new()
    {
        { "html del", "html", "<p><del>Action: Ben to order the new chairs</del></p>", 0 },
        { "html s around the marker only", "html", "<p><s>Action:</s> Ben to order the new chairs</p>", 0 },
        { "html strike", "html", "<p><strike>Action: Ben to order the new chairs</strike></p>", 0 },
        { "html line-through style on the paragraph", "html", "<p style=\"color:red; text-decoration: line-through\">Action: Ben to order the new chairs</p>", 0 },
        { "html line-through style on a span", "html", "<p><span style=\"text-decoration:line-through\">Action:</span> Ben to order the new chairs</p>", 0 },
        { "html underline is not a strike", "html", "<p><span style=\"text-decoration:underline\">Action:</span> Ben to order the new chairs</p>", 1 },
        { "html plain", "html", "<p>Action: Ben to order the new chairs</p>", 1 },
        { "docx strike on the marker run", "docx", Run("Action:", "<w:strike/>") + Run(" Ben to order the new chairs"), 0 },
        { "docx double strike on the whole line", "docx", Run("Action: Ben to order the new chairs", "<w:dstrike w:val=\"1\"/>"), 0 },
        { "docx strike switched off", "docx", Run("Action: Ben to order the new chairs", "<w:strike w:val=\"0\"/>"), 1 },
        { "docx plain", "docx", Run("Action: Ben to order the new chairs"), 1 },
        { "markdown tildes", "md", "~~Action: Ben to order the new chairs~~", 0 },
        { "markdown tildes around the marker only", "md", "~~Action:~~ Ben to order the new chairs", 0 },
        { "html tag left in text", "md", "<del>Action:</del> Ben to order the new chairs", 0 },
        { "markdown plain", "md", "Action: Ben to order the new chairs", 1 },
        { "markdown single tildes (as GitHub renders them)", "md", "~Action: Ben to order the new chairs~", 0 },
        { "an approximate figure is no strike", "md", "Action: Ben to order ~20 new chairs, ~5 tables", 1 },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_struck_marker_gives_no_action(string name, string format, string actionLine, int expectedActions)
    {
        var record = new MinutesParser().Parse(Extract(format, actionLine));

        Assert.True(expectedActions == record.Actions.Count, $"{name}: {record.Actions.Count} actions");
    }

    public static TheoryData<string, string> StruckWords() => new()
    {
        { "html", "<p>Apologies: Cy Dale<del>, Dee Hope</del></p><p><s>Lost text</s></p>" },
        { "docx", Run("Apologies: Cy Dale") + Run(", Dee Hope", "<w:strike/>") + "</w:p><w:p>" + Run("Lost text", "<w:strike/>") },
        { "md", "Apologies: Cy Dale~~, Dee Hope~~\n\n~~Lost text~~" },
    };

    [Theory]
    [MemberData(nameof(StruckWords))]
    public void Struck_words_are_not_in_the_blocks(string format, string source)
    {
        var text = string.Join("\n", Extract(format, source).Blocks.Select(BlockText.Of));

        Assert.Contains("Apologies: Cy Dale", text);
        Assert.DoesNotContain("Dee Hope", text);
        Assert.DoesNotContain("Lost text", text);
    }

    [Fact]
    public void A_list_entry_that_opens_struck_is_withdrawn_with_its_remark_and_keeps_its_box()
    {
        var text = "# Action items\n\n1. ~Ann: book the hall~ Booked on Monday.\n1. Ben: order the chairs\n\n"
            + "- [ ] ~Review the rota~\n  - the rota was kept\n- [ ] Open forum\n";

        var got = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "notes.md").Blocks.Select(BlockText.Of).ToArray();

        Assert.DoesNotContain(got, b => b.Contains("Booked") || b.Contains("book the hall") || b.Contains("Review the rota"));
        Assert.Contains(got, b => b.EndsWith("Ben: order the chairs", StringComparison.Ordinal));
        // The struck entry's box stays, so the note nested under it is not taken for an entry of the list above.
        Assert.Contains("[ ]", got);
        Assert.Contains("the rota was kept", got);
    }

    [Fact]
    public void Entries_left_without_words_set_no_action()
    {
        var text = "# Minutes\n\nPresent: Ann Quill, Ben Royle\n\n## Action items\n\n1. ~AQ: book the hall~\n1. BR: order the chairs\n1. ~BR: print the flyers~\n";

        var record = new MinutesParser().Parse(new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "notes.md"));

        Assert.Equal(["order the chairs|BR"], record.Actions.Select(a => $"{a.Text}|{a.Owner}").ToArray());
    }

    private static string Run(string text, string props = "") =>
        $"<w:r><w:rPr>{props}</w:rPr><w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    private static SourceDocument Extract(string format, string source) => format switch
    {
        "html" => HtmlExtraction.Extract($"<html><body><h1>Garden Club minutes</h1><p>{Present}</p><ol><li>Furniture</li></ol>{source}</body></html>"),
        "docx" => new DocxFixture { Body = DocxFixture.P("Garden Club minutes") + DocxFixture.P(Present) + DocxFixture.P("1. Furniture") + $"<w:p>{source}</w:p>" }.Extract(),
        _ => new TextExtractor().Extract(Encoding.UTF8.GetBytes($"# Garden Club minutes\n\n{Present}\n\n1. Furniture\n\n{source}\n"), "club.md"),
    };
}
