using System.Text;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Markup;
using MinutesIngest.Core.Extraction.Text;
using MinutesIngest.Core.Parsing;

namespace MinutesIngest.Core.Tests.Extraction.Markup;

/// <summary>Site metadata above the minutes (delimited or not) becomes properties, and the minutes' own heading gives title and date.</summary>
public class FrontMatterTests
{
    [Theory]
    [InlineData("---\ntitle: Spring meeting\ndate: 2023-01-05 10:00\n---\n")]
    [InlineData("title: Spring meeting\nslug: spring-meeting\ndate: 2023-01-05 10:00\ntags:\ntype: text\n")]
    public void Site_metadata_gives_neither_title_nor_date_when_the_minutes_have_a_heading(string metadata)
    {
        var text = metadata + "\n# Minutes of the Garden Club, 3 March 2019\n\nPresent: Ann Quill, Ben Royle\n\n1. Welcome\n";

        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "club.md");
        var record = new MinutesParser().Parse(doc);

        Assert.Equal("Spring meeting", doc.Properties["front_matter_title"]);
        Assert.DoesNotContain(doc.Blocks, b => BlockText.Of(b).Contains("slug"));
        Assert.Equal("Minutes of the Garden Club, 3 March 2019", record.Meeting.Title);
        Assert.Equal("2019-03-03", record.Meeting.Date);
    }

    [Fact]
    public void A_page_that_is_all_front_matter_is_read_from_its_fields()
    {
        var text = "---\ntitle: Spring meeting\nstart_time: '19:00'\nattendees:\n  - Ann Quill\n  - Ben Royle\nnotes: |\n  The hall roof was discussed.\n---\n\n";

        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "club.md");
        var record = new MinutesParser().Parse(doc);

        Assert.Equal("Spring meeting", doc.Properties["front_matter_title"]);
        Assert.Equal(["Title: Spring meeting", "Start time: 19:00", "Attendees:", "Ann Quill", "Ben Royle", "Notes:\nThe hall roof was discussed."],
            doc.Blocks.Select(BlockText.Of).ToArray());
        Assert.Equal(["Ann Quill", "Ben Royle"], record.Attendance.Select(a => a.Name).ToArray());
    }

    [Fact]
    public void Toml_front_matter_gives_its_top_level_fields_and_keeps_its_lines_for_the_title()
    {
        var text = "+++\ntitle = \"Spring meeting\"\norganisation = 'Example Garden Club'\n[extra]\nlink = \"x\"\n+++\n\n# Minutes, 3 March 2019\n\nPresent: Ann Quill\n";

        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "club.md");

        Assert.Equal("Spring meeting", doc.Properties["front_matter_title"]);
        Assert.Equal("Example Garden Club", doc.Properties["front_matter_organisation"]);
        Assert.False(doc.Properties.ContainsKey("front_matter_link"));
        Assert.Contains(doc.Blocks, b => BlockText.Of(b).Contains("title = \"Spring meeting\""));
    }

    [Theory]
    [InlineData("Title: Garden Club minutes\nDate: 3 March 2019\nVenue: Village Hall\n")]
    [InlineData("Date: 3 March 2019\nPresent: Ann Quill, Ben Royle\n")]
    public void A_minutes_header_of_labelled_fields_stays_in_the_text(string header)
    {
        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(header + "\n1. Welcome\n"), "club.txt");

        Assert.DoesNotContain(doc.Properties.Keys, k => k.StartsWith("front_matter_"));
        Assert.Contains(doc.Blocks, b => BlockText.Of(b).Contains("3 March 2019"));
    }

    [Theory]
    [InlineData("% Example Garden Club\n% Meeting Minutes\n% 3 March 2019\n", "Meeting Minutes", "Example Garden Club")]
    [InlineData("% Example Garden Club Meeting Minutes\n%\n% 3 March 2019\n", "Example Garden Club Meeting Minutes", null)]
    [InlineData("% Example Garden Club\n  Meeting Minutes\n% Ann Quill\n% 3 March 2019\n", "Example Garden Club Meeting Minutes", null)]
    public void A_pandoc_title_block_gives_title_body_and_date_without_its_marks(string block, string title, string? body)
    {
        var text = block + "\n# Attendance\n\n* Ann Quill - Chair\n* Ben Royle\n\n# Business\n\nThe budget was approved.\n";

        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "club.md");
        var record = new MinutesParser().Parse(doc);

        Assert.DoesNotContain(doc.Blocks, b => BlockText.Of(b).Contains('%'));
        Assert.Equal("2019-03-03", record.Meeting.Date);
        Assert.Contains(title, record.Meeting.Title ?? "");
        if (body != null) Assert.Equal(body, record.Meeting.Body);
    }

    [Fact]
    public void A_percent_line_further_down_is_text()
    {
        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes("Minutes of the Garden Club\n\n% of members voted in favour\n"), "club.md");

        Assert.Contains(doc.Blocks, b => BlockText.Of(b).Contains("% of members"));
    }
}
