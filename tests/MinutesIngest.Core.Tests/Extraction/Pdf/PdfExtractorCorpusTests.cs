using MinutesIngest.TestSupport;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Pdf;

namespace MinutesIngest.Core.Tests.Extraction.Pdf;

/// <summary>The PDF extractor on the real published minutes in shared/corpus-real, checked against what pdftotext shows.</summary>
public sealed partial class PdfExtractorCorpusTests
{
    private static readonly ConcurrentDictionary<string, SourceDocument> Extracted = new();

    private static readonly Dictionary<string, int> PageCounts = new()
    {
        ["std-oasis-csaf-tc-2019-04.pdf"] = 2,
        ["std-oasis-csaf-tc-2019-05.pdf"] = 2,
        ["uk-campaign-no2id-agm-2004-print.pdf"] = 3,
        ["uk-charity-friends-halesworth-library-2015-12.pdf"] = 2,
        ["uk-ips-suffolk-libraries-agm-2014-09.pdf"] = 2,
        ["uk-ips-suffolk-libraries-board-2013-09.pdf"] = 3,
        ["uk-ips-suffolk-libraries-board-2015-11.pdf"] = 6,
        ["us-foundation-apereo-board-2018-02.pdf"] = 3,
    };

    [GeneratedRegex(@"\d\s*\|\s*P\s*a\s*g\s*e|Page \d+ of \d+|Registered Office|Open Board Minutes NS v1")]
    private static partial Regex PageFurniture();

    private static SourceDocument Load(string name) =>
        Extracted.GetOrAdd(name, n => new PdfExtractor().Extract(File.ReadAllBytes(SharedCorpus.Real(n)), n));

    private static IEnumerable<string> Texts(SourceDocument doc) =>
        doc.Blocks.Where(b => b is not PageBreakBlock).Concat(doc.Blocks.OfType<TableBlock>().SelectMany(t => t.Rows).SelectMany(r => r.Cells).SelectMany(c => c.Content))
            .Select(BlockText.Of);

    public static TheoryData<string> AllPdfs() => new(SharedCorpus.RealNames(".pdf"));

    [SharedCorpusTheory]
    [MemberData(nameof(AllPdfs))]
    public void EveryPdfHasItsPagesBreaksAndNoRunningFurniture(string name)
    {
        var doc = Load(name);

        Assert.Equal("pdf", doc.Format);
        Assert.True(PageCounts.TryGetValue(name, out var pages), "page count not recorded for " + name);
        Assert.Equal(pages, doc.PageCount);
        Assert.Equal(pages - 1, doc.Blocks.Count(b => b is PageBreakBlock));
        Assert.All(doc.Blocks, b => Assert.InRange(b.Page, 1, pages));
        Assert.Equal(doc.Blocks.Select(b => b.Page).Order(), doc.Blocks.Select(b => b.Page));
        Assert.DoesNotContain(Texts(doc), t => PageFurniture().IsMatch(t));
        Assert.DoesNotContain(Texts(doc), t => t.Trim().Length == 0);
    }

    [SharedCorpusTheory]
    [InlineData("std-oasis-csaf-tc-2019-04.pdf", "2.1.1 Members Present")]
    [InlineData("std-oasis-csaf-tc-2019-04.pdf", "5. Meeting Notes")]
    [InlineData("std-oasis-csaf-tc-2019-05.pdf", "2.1.1 Members Present")]
    [InlineData("uk-ips-suffolk-libraries-agm-2014-09.pdf", "3. Minutes")]
    [InlineData("uk-ips-suffolk-libraries-agm-2014-09.pdf", "5. Accounts 2013/14")]
    [InlineData("uk-ips-suffolk-libraries-agm-2014-09.pdf", "7. Announcement of the election of 3 Suffolk Libraries IPS Ltd Board Members")]
    [InlineData("uk-ips-suffolk-libraries-board-2013-09.pdf", "6. Management Reports")]
    [InlineData("uk-ips-suffolk-libraries-board-2013-09.pdf", "1. General Managers Report")]
    [InlineData("uk-ips-suffolk-libraries-board-2015-11.pdf", "4. Decisions")]
    [InlineData("uk-ips-suffolk-libraries-board-2015-11.pdf", "10. Date of Next Meeting:")]
    [InlineData("uk-charity-friends-halesworth-library-2015-12.pdf", "2.1 The minutes were amended to include Evelyn Lindqvist as present")]
    [InlineData("uk-charity-friends-halesworth-library-2015-12.pdf", "ACTION:AHop/MS")]
    [InlineData("uk-charity-friends-halesworth-library-2015-12.pdf", "10.4 DO stated that people did not seem to be aware")]
    [InlineData("uk-campaign-no2id-agm-2004-print.pdf", "6.1 Mark Littlewood, the National Co-ordinator")]
    [InlineData("uk-campaign-no2id-agm-2004-print.pdf", "8.3.1 Mark Dziecielewski: a computer security consultant, familiar with the ineffectiveness")]
    [InlineData("us-foundation-apereo-board-2018-02.pdf", "Apologies in Advance: Lucy Appert, Shoji Kajita, Jeremy Rosenberg")]
    [InlineData("us-foundation-apereo-board-2018-02.pdf", "2. Inbound licensing")]
    public void NumberedTitlesAndParagraphsStartTheirBlock(string name, string start)
    {
        Assert.Contains(Texts(Load(name)), t => t.StartsWith(start, StringComparison.Ordinal));
    }

    [SharedCorpusTheory]
    [InlineData("std-oasis-csaf-tc-2019-04.pdf", "Company", "Name", "Role")]
    [InlineData("std-oasis-csaf-tc-2019-04.pdf", "Cisco Systems", "Troy Fridley", "Voting Member")]
    [InlineData("std-oasis-csaf-tc-2019-04.pdf", "Tenable, Inc", "Lucas Tamagna-Darr", "Member")]
    [InlineData("std-oasis-csaf-tc-2019-05.pdf", "TIBCO Software Inc.", "Johnson, Eric", "Voting Member")]
    [InlineData("std-oasis-csaf-tc-2019-05.pdf", "Cisco Systems", "Santos, Omar", "Chair")]
    [InlineData("std-oasis-csaf-tc-2019-05.pdf", "Tenable, Inc", "Tamagna-Darr, Lucas", "Member")]
    [InlineData("us-foundation-apereo-board-2018-02.pdf", "David Ackerman", "Laura Gekeler", "Charlie Leonhardt")]
    [InlineData("us-foundation-apereo-board-2018-02.pdf", "Ian Dolphin", "Doug Johnson", "")]
    [InlineData("uk-ips-suffolk-libraries-board-2013-09.pdf", "Date", "26th September 2013")]
    [InlineData("uk-ips-suffolk-libraries-board-2013-09.pdf", "Invited", "Nikki Sturmey (Clerk to the Board)")]
    [InlineData("uk-ips-suffolk-libraries-agm-2014-09.pdf", "Place", "The Cookhouse Suffolk Food Hall Wherstead Ipswich Suffolk IP9 2AB")]
    [InlineData("uk-campaign-no2id-agm-2004-print.pdf", "Grants:", "33000.00")]
    public void TableRowsComeBackWithTheirCells(string name, params string[] cells)
    {
        var rows = Load(name).Blocks.OfType<TableBlock>().SelectMany(t => t.Rows).Select(r => r.Cells.Select(c => c.Text).ToArray()).ToList();

        Assert.Contains(rows, r => r.SequenceEqual(cells));
    }

    [SharedCorpusTheory]
    [InlineData("uk-ips-suffolk-libraries-board-2013-09.pdf", "I. The 6-monthly reports will be available for the next Board meeting in November.", "AW/NS")]
    [InlineData("uk-ips-suffolk-libraries-board-2013-09.pdf", "IV. The state-of-art Library has been opened in Birmingham and a trip to see it will be arranged.", "NS")]
    [InlineData("uk-ips-suffolk-libraries-board-2013-09.pdf", "Timings and venues to be confirmed by the Clerk to the Board.", "NS")]
    [InlineData("uk-ips-suffolk-libraries-board-2015-11.pdf", "There will be a more thorough comparison completed for the next meeting once all the responses have been logged.", "JP")]
    public void MarginNotesComeBackWithTheirParagraph(string name, string text, string note)
    {
        var blocks = Load(name).Blocks;

        Assert.Contains(blocks, b => b.MarginNote == note && BlockText.Of(b).Replace("\n", " ").EndsWith(text[(text.IndexOf(' ') + 1)..]));
    }

    [SharedCorpusFact]
    public void MarginInitialsSitBesideTheParagraphTheyBelongTo()
    {
        var blocks = Load("uk-ips-suffolk-libraries-board-2015-11.pdf").Blocks;
        var rows = blocks.OfType<TableBlock>().SelectMany(t => t.Rows).Select(r => (Note: r.Cells[^1].Text, Text: r.Cells[0].Text));
        var noted = blocks.Where(b => b.MarginNote != null).Select(b => (Note: b.MarginNote!, Text: BlockText.Of(b))).Concat(rows).ToList();

        var dh = Assert.Single(noted, r => r.Note == "DH");
        Assert.Contains("The Chair mentioned that he found the statistics of events and activities extremely interesting", dh.Text);
        var jp = noted.Where(r => r.Note == "JP").Select(r => r.Text).ToList();
        Assert.Equal(2, jp.Count);
        Assert.Contains(jp, t => t.EndsWith("The guidelines for dealing with anti-social behaviour will be put on the staff intranet."));
    }
}
