using System.Text;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Text;

namespace MinutesIngest.Core.Tests.Extraction.Text;

/// <summary>reStructuredText minutes read as rendered: an overlined title, directives left out, "Label::" shown as "Label:".</summary>
public class RestructuredTextTests
{
    public static TheoryData<string, string, string[]> Texts() => new()
    {
        {
            "a title between an overline and an underline is a heading",
            "==========\nGroup Notes\n==========\nDate: 2016-09-14\n",
            ["H1 Group Notes", "P Date: 2016-09-14"]
        },
        {
            "directives and their options are not text",
            "Group Notes\n===========\n\n.. contents:: Agenda\n   :depth: 2\n\n.. sectnum::\n\nThe meeting opened.\n",
            ["H1 Group Notes", "P The meeting opened."]
        },
        {
            "a label ending in a literal-block marker reads with one colon, and a lone marker is not shown",
            "Action:: \n\n    Ann to send the draft to the list.\n\n::\n\n    ls -l\n",
            ["P Action:", "P Ann to send the draft to the list.", "P ls -l"]
        },
        {
            "a double colon inside a line stays",
            "See std::vector in the notes.\n",
            ["P See std::vector in the notes."]
        },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Reads_restructured_text_as_rendered(string name, string text, string[] blocks)
    {
        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "minutes.rst");

        var got = doc.Blocks.Select(b => b switch
        {
            HeadingBlock h => $"H{h.Level} {h.Text}",
            ParagraphBlock p => "P " + p.Text.Replace('\n', ' '),
            ListItemBlock l => "L " + l.Text,
            _ => b.GetType().Name,
        }).ToList();
        Assert.True(blocks.SequenceEqual(got), $"{name}: got [{string.Join(" | ", got)}]");
    }
}
