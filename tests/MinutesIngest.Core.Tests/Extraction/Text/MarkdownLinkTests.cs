using System.Text;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Text;
using MinutesIngest.Core.Parsing;

namespace MinutesIngest.Core.Tests.Extraction.Text;

/// <summary>Markdown a site generator leaves in the text (heading permalinks, link addresses, images, escaped brackets) does not reach the blocks.</summary>
public class MarkdownLinkTests
{
    public static TheoryData<string, string, string[]> Pages() => new()
    {
        {
            "an empty permalink before a heading",
            "### [](https://example.org/meetings/spring.md#actions)Actions\n",
            ["Actions"]
        },
        {
            "a link reads as its text",
            "Read [the plan](https://example.org/plan \"Plan\") first.\n",
            ["Read the plan first."]
        },
        {
            "links to people's pages, one wrapping onto the next line",
            "Present: [Ann Quill](/people/AnnQuill/), [Ben\nRoyle](/people/BenRoyle/) (clerk)\n",
            ["Present: Ann Quill, Ben\nRoyle (clerk)"]
        },
        {
            "an image is not text",
            "![logo](/img/logo.png) Spring meeting\n",
            ["Spring meeting"]
        },
        {
            "a list item's link wrapping onto its continuation line",
            "- [Ann\n  Quill](/people/AnnQuill/) will book the hall\n",
            ["Ann Quill will book the hall"]
        },
        {
            "a line that is only a link points elsewhere and is not the minutes' text",
            "[Original file](https://example.org/files/minutes.pdf)\n\nMinutes of the meeting\n",
            ["Minutes of the meeting"]
        },
        {
            "brackets that are not a link stay",
            "Book the hall [closed] (see notes)\n",
            ["Book the hall [closed] (see notes)"]
        },
        {
            "an autolink reads as its address",
            "The backlog (<https://example.org/board/7>) moves; write to <clerk@example.org>.\n",
            ["The backlog (https://example.org/board/7) moves; write to clerk@example.org."]
        },
        {
            "escaped brackets are read as brackets",
            "1. Book the hall \\[new for Ann Quill]\n",
            ["1. Book the hall [new for Ann Quill]"]
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Site_markup_is_dropped(string name, string text, string[] blocks)
    {
        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "minutes.md");

        var got = doc.Blocks.Select(BlockText.Of).ToArray();
        Assert.True(blocks.SequenceEqual(got), $"{name}: got [{string.Join(" | ", got)}]");
    }

    [Fact]
    public void An_actions_section_kept_in_front_matter_gives_its_actions_and_no_items()
    {
        var text = "---\ntitle: Spring meeting\nstart: 2021-05-19T13:00:00Z\nminutes: >-\n  Present: Ann Quill, Ben Royle\n\n\n"
            + "  ### [](https://example.org/spring.md#actions)Actions\n\n\n  1. Book the hall \\[closed]\n\n  2. Ben Royle to print the flyers \\[new for Ann Quill]\n---\n";

        var record = new MinutesParser().Parse(new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "spring.md"));

        Assert.Empty(record.Items);
        Assert.Equal(["Book the hall|-", "Ben Royle to print the flyers|Ann Quill"],
            record.Actions.Select(a => $"{a.Text}|{a.Owner ?? "-"}").ToArray());
        Assert.Equal("2021-05-19", record.Meeting.Date);
    }
}
