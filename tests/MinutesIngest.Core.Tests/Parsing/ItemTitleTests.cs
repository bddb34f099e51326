using MinutesIngest.Core.Parsing.Items;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>An item's title: the heading whole, cut only where it runs on into prose, else the first sentence.</summary>
public sealed class ItemTitleTests
{
    [Theory]
    // A heading that stands on its own stays whole, even with a colon or dash in it.
    [InlineData("Finance: month 6 position", "Finance: month 6 position")]
    [InlineData("Policing plan – update on options", "Policing plan – update on options")]
    [InlineData("Apologies for absence", "Apologies for absence")]
    [InlineData("Correspondence:", "Correspondence")]
    // The time an agenda gives an item before its title is a timing, not part of the title; a number that is no clock time stays.
    [InlineData("6:30pm Welcome", "Welcome")]
    [InlineData("8:45- Final thoughts", "Final thoughts")]
    [InlineData("7 p.m. – 7:30 p.m. Public forum", "Public forum")]
    [InlineData("19:00 Call to order", "Call to order")]
    [InlineData("4.15 Finance report", "4.15 Finance report")]
    [InlineData("7 AMENDMENTS TO POLICY", "7 AMENDMENTS TO POLICY")]
    // A heading running on into the minute's prose is cut at the colon or dash.
    [InlineData("MINUTES OF LAST MEETING: were approved.", "MINUTES OF LAST MEETING")]
    [InlineData("Apologies: none were received.", "Apologies")]
    [InlineData("Minutes of the previous meeting – these were agreed and signed by the Chair.", "Minutes of the previous meeting")]
    [InlineData("Declarations of interest: None.", "Declarations of interest")]
    // The person who presented an item, then what was said, begins the minute's text; a presenter's name alone stays.
    [InlineData("Treasurer's Report (and the collection) – Ann Lee announced that the balance was healthy and that the audit was done in time for the meeting.", "Treasurer's Report (and the collection)")]
    [InlineData("Call to Order – Ann Lee", "Call to Order – Ann Lee")]
    // A sentence after the colon that reports what was done, or who is to do what, is the minute's prose.
    [InlineData("Open day: Hosted a stall on the green with games for families.", "Open day")]
    [InlineData("Website: Ann Lee to update the events page.", "Website")]
    [InlineData("Newsletter: AB and CD will draft the spring issue.", "Newsletter")]
    [InlineData("Summer fair: Saturday 4 June at the hall", "Summer fair: Saturday 4 June at the hall")]
    [InlineData("Grants: United Way partnership", "Grants: United Way partnership")]
    // A short topic, a dash and a sentence of the minute's own is cut; a subtitle in title case is not.
    [InlineData("Networking - Works, several users can play together", "Networking")]
    [InlineData("Demo - Game runs well with some features still to come", "Demo")]
    [InlineData("Budget – Capital Programme for the Year", "Budget – Capital Programme for the Year")]
    [InlineData("Item 4 of 12 June - Nothing further to say at this stage.", "Item 4 of 12 June - Nothing further to say at this stage.")]
    // A numbered paper's reference before the colon labels its subject, list-like as the subject may be.
    [InlineData("Resolution 12-2024: Fees, permits, and appeals", "Resolution 12-2024: Fees, permits, and appeals")]
    [InlineData("Ordinance No. 7: was adopted on a vote of 5-0.", "Ordinance No. 7")]
    // A colon or full stop inside brackets, or the colon of a time, is not where a heading ends.
    [InlineData("Call to order (Ann Quill) (7:30 pm) (copy of agenda attached)", "Call to order (Ann Quill) (7:30 pm) (copy of agenda attached)")]
    [InlineData("Treasurer's report (below. Copy of the statement attached)", "Treasurer's report (below. Copy of the statement attached)")]
    [InlineData("Opening at 7:30 pm", "Opening at 7:30 pm")]
    [InlineData("Finance (month 6: position) – the report was noted.", "Finance (month 6: position)")]
    [InlineData("Reports [annex: two papers] – these were received.", "Reports [annex: two papers]")]
    // The time an item was reached is a timing, not part of its title; a note after it is the minute's.
    [InlineData("OPENING (7:32pm); 9 in the room, 2 by phone", "OPENING")]
    [InlineData("MINUTES OF LAST MEETING (7:35pm)", "MINUTES OF LAST MEETING")]
    [InlineData("Opening – 7:15pm", "Opening")]
    [InlineData("Apologies - 7.05 p.m.", "Apologies")]
    [InlineData("CLOSE (9:02pm) Proposed by Ann, seconded by Bob.", "CLOSE")]
    [InlineData("OLD BUSINESS - none (7:47pm)", "OLD BUSINESS")]
    [InlineData("Playground (2024) fund", "Playground (2024) fund")]
    // Cutting the time does not make a presenter's name look like the minute's prose.
    [InlineData("HEAD'S REPORT: Ann Lee (7:10pm)", "HEAD'S REPORT: Ann Lee")]
    [InlineData("TREASURER: Ben Royle", "TREASURER: Ben Royle")]
    // A short timing note after a colon is not part of the heading.
    [InlineData("Candidate Ann Lee for Secretary: ballot at 9:10", "Candidate Ann Lee for Secretary")]
    [InlineData("Budget: voting opened at 8:09", "Budget")]
    // "re:" (regarding) and similar abbreviations introduce a subject; their colon is not a heading's end.
    [InlineData("Question re: summer fete.", "Question re: summer fete.")]
    [InlineData("Letter Re: hedge on Mill Lane", "Letter Re: hedge on Mill Lane")]
    [InlineData("Query re: parking. Why was it closed?", "Query re: parking.")]
    // A numbered paragraph without a heading takes its first sentence.
    [InlineData("Peter agreed to stay on as Treasurer until the annual meeting. Members thanked him for his work over the year.",
        "Peter agreed to stay on as Treasurer until the annual meeting.")]
    [InlineData("The report was noted. Members thanked the Clerk.", "The report was noted.")]
    [InlineData("Members questioned how the planned reduction in the grant might affect the youth club and its opening hours. The Treasurer will write to the district council.",
        "Members questioned how the planned reduction in the grant might affect the youth club and its opening hours.")]
    [InlineData("Cllr B Hartley advised that the owner of Mill House has trimmed the hedge. No further action needed.",
        "Cllr B Hartley advised that the owner of Mill House has trimmed the hedge.")]
    public void Takes_the_heading_or_first_sentence(string rest, string expected)
    {
        Assert.Equal(expected, ItemTitle.From(rest, null));
    }

    [Fact]
    public void A_bare_number_takes_the_next_line_as_its_title()
    {
        Assert.Equal("Planning applications", ItemTitle.From("", "Planning applications"));
    }
}
