using System.Text;
using MinutesIngest.Core.Extraction.Text;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Parsing;

namespace MinutesIngest.Core.Tests.Extraction.Text;

/// <summary>Text filled to a fixed width reads as one line of prose; lists written one entry a line keep their lines.</summary>
public class TextFillTests
{
    public static TheoryData<string, string, string> Pages() => new()
    {
        {
            "a list of names filled to the margin, names broken across lines",
            "In Attendance: Ann Quill, Ben Royle, Cara Sedgwick, Dev Tait, Eve\nUpton (clerk), Finn Vale, Gus Ward, Hal Young, Ida Zane, Joe\nAbbot, Kit Bane\n",
            "In Attendance: Ann Quill, Ben Royle, Cara Sedgwick, Dev Tait, Eve Upton (clerk), Finn Vale, Gus Ward, Hal Young, Ida Zane, Joe Abbot, Kit Bane"
        },
        {
            "one name a line is a list, not a filled paragraph",
            "Ann Quill\nBen Royle\nCara Sedgwick\n",
            "Ann Quill⏎Ben Royle⏎Cara Sedgwick"
        },
        {
            "numbered points on consecutive lines stay apart",
            "1. We have a new template for the monthly finance report to the board\n2. We have a template for the quarterly report to members\n",
            "1. We have a new template for the monthly finance report to the board⏎2. We have a template for the quarterly report to members"
        },
        {
            "a header line above a labelled line keeps its break",
            "Minutes of the meeting held on Thursday 16th January, 10am\nVenue: Boardroom, Trust Headquarters\n",
            "Minutes of the meeting held on Thursday 16th January, 10am⏎Venue: Boardroom, Trust Headquarters"
        },
        {
            "a label line ending in a colon keeps its break",
            "The following members of the committee were present at the meeting:\nAnn Quill, Ben Royle, Cara Sedgwick and Dev Tait of the town\n",
            "The following members of the committee were present at the meeting:⏎Ann Quill, Ben Royle, Cara Sedgwick and Dev Tait of the town"
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Filled_text_is_joined_and_lists_are_not(string name, string text, string block)
    {
        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "minutes.txt");

        var got = string.Join(" | ", doc.Blocks.Select(BlockText.Of)).Replace("\n", "⏎");
        Assert.True(got == block, $"{name}: got [{got}]");
    }
}
