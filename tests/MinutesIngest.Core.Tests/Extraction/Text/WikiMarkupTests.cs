using System.Text;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Text;

namespace MinutesIngest.Core.Tests.Extraction.Text;

/// <summary>Minutes kept on a wiki: "== Heading ==", ":*" and "**" bullets and a meeting template read as the page shows them.</summary>
public class WikiMarkupTests
{
    public static TheoryData<string, string, string[]> Texts() => new()
    {
        {
            "headings and indented bullets nested by their marks",
            "=== Old Business ===\n:* Hall repairs\n::* Action Item: Ann to book the roofer\n==== Regrets ====\n* Bob\n",
            ["H3 Old Business", "L0 Hall repairs", "L1 Action Item: Ann to book the roofer", "H4 Regrets", "L0 Bob"]
        },
        {
            "a meeting template gives its fields as label lines",
            "{{Meeting\n|Date=2024/03/05\n|Time=19:30\n|Address=12 Mill Road\n}}\n== Call to Order ==\n:* Called to order at 19:35\n",
            ["P Date: 2024/03/05 Time: 19:30 Address: 12 Mill Road", "H2 Call to Order", "L0 Called to order at 19:35"]
        },
        {
            "bold and italic quote marks are no text; a layout template shows nothing",
            "{{TOCright}}\n== '''Present''' ==\n* ''Ann'' Lee\n* Bob Hale\n== Apologies ==\n* Carl Ives\n",
            ["H2 Present", "L0 Ann Lee", "L0 Bob Hale", "H2 Apologies", "L0 Carl Ives"]
        },
        {
            "Markdown is left alone: one rule of equals signs is no wiki",
            "Minutes\n=======\n\n**Present:** Ann, Bob\n\n* Budget agreed\n",
            ["H1 Minutes", "P Present: Ann, Bob", "L0 Budget agreed"]
        },
        {
            "a raw inline of another format in Pandoc Markdown shows nothing",
            "`{{TOCright}}`{=mediawiki}\n\n# Board meeting\n",
            ["H1 Board meeting"]
        },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Wiki_markup_reads_as_the_page_shows(string name, string text, string[] blocks)
    {
        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "minutes.txt");

        var got = doc.Blocks.Select(b => b switch
        {
            ParagraphBlock p => "P " + p.Text.Replace('\n', ' '),
            HeadingBlock h => $"H{h.Level} {h.Text}",
            ListItemBlock l => $"L{l.Level} {l.Text}",
            _ => b.GetType().Name,
        }).ToList();
        Assert.True(blocks.SequenceEqual(got), $"{name}: got [{string.Join(" | ", got)}]");
    }
}
