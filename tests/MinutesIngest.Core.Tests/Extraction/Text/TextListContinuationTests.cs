using System.Text;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Text;

namespace MinutesIngest.Core.Tests.Extraction.Text;

/// <summary>A Markdown or plain-text list entry wrapped onto indented lines stays one entry (CommonMark's list item continuation).</summary>
public class TextListContinuationTests
{
    public static TheoryData<string, string, string[]> Lists() => new()
    {
        {
            "an entry wrapped onto an indented line",
            "## Actions\n\n  - Ann- send the letter to the\n    landlord. IN PROGRESS\n  - Ben- book the hall DONE\n",
            ["Ann- send the letter to the landlord. IN PROGRESS", "Ben- book the hall DONE"]
        },
        {
            "a blank line ends the entry",
            "- Ann to send the letter\n\n  The letter was agreed.\n",
            ["Ann to send the letter"]
        },
        {
            "an unindented line after an entry is not part of it",
            "- Ann to send the letter\nThe letter was agreed.\n",
            ["Ann to send the letter"]
        },
        {
            "an indented numbered line opens its own entry",
            "- Budget\n  1. Ann to send the figures\n",
            ["Budget"]
        },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Wrapped_entries_stay_whole(string name, string text, string[] entries)
    {
        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "minutes.md");

        var got = doc.Blocks.OfType<ListItemBlock>().Select(b => b.Text).ToList();
        Assert.True(entries.SequenceEqual(got), $"{name}: got [{string.Join(" | ", got)}]");
    }
}
