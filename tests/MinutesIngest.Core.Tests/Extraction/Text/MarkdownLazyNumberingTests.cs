using System.Text;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Text;

namespace MinutesIngest.Core.Tests.Extraction.Text;

/// <summary>Markdown ordered lists written with one number repeated are numbered as a renderer shows them.</summary>
public class MarkdownLazyNumberingTests
{
    public static TheoryData<string, string, string[]> Lists() => new()
    {
        {
            "every entry written as 1.",
            "## Agenda\n\n1. Opening\n1. Minutes\n1. Close\n",
            ["1.|Opening", "2.|Minutes", "3.|Close"]
        },
        {
            "a nested list under an entry, both written as 1., takes the path of its parent",
            "## Agenda\n\n1. Opening\n    1. Welcome\n    1. Roll call\n1. Reports\n1. Close\n",
            ["1.|Opening", "1.1|Welcome", "1.2|Roll call", "2.|Reports", "3.|Close"]
        },
        {
            "blank lines between the entries keep one list",
            "1. Opening\n\n1. Reports\n\n1. Close\n",
            ["1.|Opening", "2.|Reports", "3.|Close"]
        },
        {
            "a list that starts at 4 counts on from 4",
            "4. Finance\n4. Planning\n",
            ["4.|Finance", "5.|Planning"]
        },
        {
            "an entry wrapped onto an indented line stays one entry",
            "1. Opening of the\n   meeting\n1. Close\n",
            ["1.|Opening of the meeting", "2.|Close"]
        },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Lists_written_with_one_number_take_their_rendered_numbers(string name, string text, string[] entries)
    {
        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "minutes.md");

        var got = doc.Blocks.OfType<ListItemBlock>().Select(b => $"{b.Number}|{b.Text}").ToList();
        Assert.True(entries.SequenceEqual(got), $"{name}: got [{string.Join(" ; ", got)}]");
    }

    [Theory]
    [InlineData("1. Apologies\n2. Minutes\n3. Close\n")]
    [InlineData("1. Apologies\n\nNone were received.\n\n1. Minutes\n")]
    public void Numbers_written_as_they_render_or_apart_stay_text(string text)
    {
        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "minutes.md");

        Assert.Empty(doc.Blocks.OfType<ListItemBlock>());
    }
}
