using System.Text;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Core.Extraction.Html;
using MinutesIngest.Core.Extraction.Text;
using MinutesIngest.Core.Parsing;

namespace MinutesIngest.Core.Tests.Extraction.Html;

/// <summary>
/// Pages of a static-site generator (YAML front matter, then HTML) are read as HTML, and the minutes IRC scribe tools generate
/// (attendees list, numbered topics, "&lt;scribe&gt; ACTION: … [recorded in URL]", generated summaries) read as written.
/// </summary>
public class ScribeToolMinutesTests
{
    // Invented minutes in the layout of scribe.perl's older output, kept by a site generator under front matter.
    private const string Page = """
        ---
        title: Example Widgets CG teleconf — 04 Mar 2019
        date: 2019-03-04
        ---

          <p>See also: <a href="https://example.org/irc">IRC log</a></p>
          <h2><a name="attendees">Attendees</a></h2>
          <div class="intro">
            <dl>
              <dt>Present</dt>
              <dd>Ann Lee (alee), Bob Hart (bhart), Carl Ives (Carl)</dd>
              <dt>Regrets</dt>
              <dd>Dana Moss (dmoss)</dd>
              <dt>Chair</dt>
              <dd>Carl</dd>
              <dt>Scribe</dt>
              <dd>alee</dd>
            </dl>
          </div>
          <h2>Contents</h2>
          <ul>
            <li><a href="#agenda">Topics</a>
              <ol>
                <li><a href="#item01">Spec status</a></li>
                <li><a href="#item02">Next meeting</a></li>
              </ol>
            </li>
            <li><a href="#ActionSummary">Summary of Action Items</a></li>
            <li><a href="#ResolutionSummary">Summary of Resolutions</a></li>
          </ul>
          <hr>
          <div class="meeting">
            <h3 id="item01">Spec status</h3>
            <p class="phone"><b>bhart:</b> The draft is nearly done.</p>
            <p class="phone"><strong class="resolution">RESOLUTION: publish the draft</strong></p>
            <p class="irc">&lt;<b>scribe</b>&gt;
            <strong>ACTION:</strong> bhart to send the draft to the list
            [recorded in <a href="https://example.org/issues/1">https://example.org/issues/1</a>]</p>
            <h3 id="item02">Next meeting</h3>
            <p class="phone"><b>carl:</b> Same time in two weeks.</p>
          </div>
          <h2><a name="ActionSummary">Summary of Action Items</a></h2>
          <a href="#action01"><strong>[NEW]</strong> <strong>ACTION:</strong> bhart to send the draft to the list</a><br>
          <h2><a name="ResolutionSummary">Summary of Resolutions</a></h2>
          <ol>
            <li><a href="#resolution01">publish the draft</a></li>
          </ol>
        """;

    [Theory]
    [InlineData("minutes.html", FileKind.Html)]
    [InlineData("minutes.htm", FileKind.Html)]
    [InlineData("minutes.md", FileKind.Text)]
    public void A_page_under_front_matter_is_html_by_its_extension(string fileName, FileKind kind) =>
        Assert.Equal(kind, FileKindSniffer.Sniff(Encoding.UTF8.GetBytes(Page), fileName));

    [Fact]
    public void Plain_text_under_front_matter_stays_text()
    {
        var text = "---\ntitle: Spring meeting\n---\n\nMinutes of the Garden Club\nPresent: Ann Lee\n";
        Assert.Equal(FileKind.Text, FileKindSniffer.Sniff(Encoding.UTF8.GetBytes(text), "minutes.html"));
    }

    [Fact]
    public void Front_matter_becomes_properties_not_text()
    {
        var doc = new HtmlExtractor().Extract(Encoding.UTF8.GetBytes(Page), "minutes.html");

        Assert.Equal("Example Widgets CG teleconf — 04 Mar 2019", doc.Properties["front_matter_title"]);
        Assert.DoesNotContain(doc.Blocks, b => BlockText.Of(b).Contains("title:"));
    }

    [Theory]
    [InlineData("<scribe> ACTION: bhart to send the draft [recorded in https://example.org/a#1]", "ACTION: bhart to send the draft")]
    [InlineData("ACTION: bhart to send the draft [recorded in https://example.org/a#1", "ACTION: bhart to send the draft")]
    [InlineData("[NEW] ACTION: bhart to send the draft", "ACTION: bhart to send the draft")]
    [InlineData("[PENDING] ACTION: carl to book a room [recorded in http://example.org/x]", "ACTION: carl to book a room")]
    [InlineData("<bhart> I'll send it [NEW]", "<bhart> I'll send it [NEW]")]
    [InlineData("bhart: the [recorded in] marker is explained in the docs", "bhart: the [recorded in] marker is explained in the docs")]
    public void The_tools_annotations_are_taken_out_of_a_line(string line, string expected) =>
        Assert.Equal(expected, ScribeToolMarkup.CleanLine(line));

    [Theory]
    [InlineData("<dl><dt>Present</dt><dd>Ann Lee</dd><dt>Regrets</dt><dt>Chair</dt><dd>Ann</dd></dl>", "Present: Ann Lee|Chair: Ann")]
    [InlineData("<dl><dt>Tea</dt><dt>Coffee</dt><dd>served at the break</dd></dl>", "Tea, Coffee: served at the break")]
    public void An_empty_label_term_is_an_empty_field(string html, string expected) =>
        Assert.Equal(expected, string.Join("|", HtmlExtraction.Extract("<html><body>" + html + "</body></html>").Blocks.Select(BlockText.Of)));

    [Fact]
    public void A_numbered_list_under_a_term_keeps_its_numbers_and_gives_the_items()
    {
        const string html = """
            <html><body><h1>Example CG telecon</h1>
            <dl><dt>Present</dt><dd>Ann Lee, Bob Hart</dd>
            <dt>Topics</dt><dd><ol><li><a href="#t1">Spec status</a></li><li><a href="#t2">Test suite</a></li></ol></dd></dl>
            <h1 id="t1">Topic: Spec status</h1><p>Ann: the draft is ready.</p>
            <h1 id="t2">Topic: Test suite</h1><p>Bob: tests pass.</p>
            </body></html>
            """;
        var doc = HtmlExtraction.Extract(html);

        Assert.Equal(["Present: Ann Lee, Bob Hart", "Topics:", "1.|Spec status", "2.|Test suite"],
            doc.Blocks.Skip(1).Take(4).Select(b => b is ListItemBlock li ? $"{li.Number}|{li.Text}" : BlockText.Of(b)).ToArray());
        Assert.Equal(["1 Spec status", "2 Test suite"], new MinutesParser().Parse(doc).Items.Select(i => $"{i.Number} {i.Title}").ToArray());
    }

    [Fact]
    public void Topics_are_the_items_and_the_resolution_summary_is_not()
    {
        var doc = new HtmlExtractor().Extract(Encoding.UTF8.GetBytes(Page), "minutes.html");
        var record = new MinutesParser().Parse(doc);

        Assert.Equal(["1 Spec status", "2 Next meeting"], record.Items.Select(i => $"{i.Number} {i.Title}").ToArray());
        Assert.DoesNotContain(doc.Blocks, b => BlockText.Of(b) == "publish the draft");
    }

    [Fact]
    public void The_action_is_read_once_where_it_was_recorded()
    {
        var record = new MinutesParser().Parse(new HtmlExtractor().Extract(Encoding.UTF8.GetBytes(Page), "minutes.html"));

        var action = Assert.Single(record.Actions);
        Assert.Equal("bhart to send the draft to the list", action.Text);
        Assert.Equal("1", action.Item);
    }

    [Fact]
    public void The_page_title_and_its_date_name_the_meeting_when_the_minutes_have_no_heading()
    {
        var meeting = new MinutesParser().Parse(new HtmlExtractor().Extract(Encoding.UTF8.GetBytes(Page), "minutes.html")).Meeting;

        Assert.Equal("Example Widgets CG teleconf", meeting.Title);
        Assert.Equal("2019-03-04", meeting.Date);
        Assert.Equal("Carl Ives", meeting.Chair);
        Assert.Equal("Ann Lee", meeting.MinuteTaker);
    }

    [Theory]
    [InlineData("---\ntitle: Minutes for 2019-03-05\ndate: 2019-04-20\n---\n\n## Venue: Room 4\n\n## Attendance\n\n* Ann Lee\n", null, "2019-03-05")]
    [InlineData("---\ntitle: Garden Club meeting\ndate: 2019-04-20T18:02:11Z\n---\n\n## Venue: Room 4\n\n## Attendance\n\n* Ann Lee\n", "Garden Club meeting", null)]
    [InlineData("---\ntitle: Garden Club meeting\ndate: 2019-04-20\n---\n\n## Venue: Room 4\n\n## Attendance\n\n* Ann Lee\n", "Garden Club meeting", "2019-04-20")]
    public void A_markdown_page_title_dates_the_meeting_before_its_front_matter_date_and_a_publication_timestamp_never(string text, string? title, string? date)
    {
        var meeting = new MinutesParser().Parse(new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "minutes.md")).Meeting;

        Assert.Equal(title, meeting.Title);
        Assert.Equal(date, meeting.Date);
    }
}
