using System.Text;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Text;

namespace MinutesIngest.Core.Tests.Extraction.Text;

/// <summary>Markdown bold or strong text may span the hard line breaks of one paragraph; its markers are not text.</summary>
public class TextEmphasisTests
{
    public static TheoryData<string, string, string> Texts() => new()
    {
        {
            "bold letterhead over three lines with hard breaks",
            "**GARDEN CLUB BOARD MEETING  \nTOWN LIBRARY  \nTUESDAY, MARCH 3, 2020**\n\nPresent: Ann Quill\n",
            "GARDEN CLUB BOARD MEETING\nTOWN LIBRARY\nTUESDAY, MARCH 3, 2020"
        },
        {
            "underscore strong text over two lines",
            "__Annual meeting\nof members__\n",
            "Annual meeting\nof members"
        },
        {
            "bold closed on its own line stays as it was",
            "**Present:** Ann Quill\nBen Royle\n",
            "Present: Ann Quill\nBen Royle"
        },
        {
            "underscore italics before a colon are dropped, an identifier's underscores stay",
            "1. _Vertical mixing_: the new_scheme flag was tested.\n",
            "1. Vertical mixing: the new_scheme flag was tested."
        },
        {
            "star italics are dropped, a legend's star after a name stays",
            "The *draft* budget was read by Ann Quill* and Ben Royle.\n",
            "The draft budget was read by Ann Quill* and Ben Royle."
        },
        {
            "bold closed after the space that ended it, as word processors export it",
            "**Ann Quill (Acme) - **left early\n",
            "Ann Quill (Acme) - left early"
        },
        {
            "stars that open and never close are kept",
            "Rated **5 stars\nby members\n",
            "Rated **5 stars\nby members"
        },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Emphasis_markers_spanning_lines_of_a_paragraph_are_dropped(string name, string text, string first)
    {
        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "minutes.md");
        var got = doc.Blocks.OfType<ParagraphBlock>().First().Text;
        Assert.True(got == first, $"{name}: got [{got}]");
    }
}
