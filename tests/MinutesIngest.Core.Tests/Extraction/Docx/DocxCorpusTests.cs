using MinutesIngest.TestSupport;
using System.Text.Json;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Docx;
using static MinutesIngest.Core.Tests.Extraction.Docx.DocxFixture;

namespace MinutesIngest.Core.Tests.Extraction.Docx;

/// <summary>The extractor against the real Word documents of the labelled corpus and their gold files.</summary>
public class DocxCorpusTests
{
    public static TheoryData<string> DocxFiles() => new(SharedCorpus.RealNames(".docx"));

    private static readonly Dictionary<string, SourceDocument> Cache = [];

    private static SourceDocument Read(string file)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(file, out var doc))
                Cache[file] = doc = new DocxExtractor().Extract(File.ReadAllBytes(SharedCorpus.Real(file)), file);
            return doc;
        }
    }

    private static JsonElement Gold(string file)
    {
        var path = SharedCorpus.Real(Path.ChangeExtension(file, ".gold.json"));
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement;
    }

    private static string Prefix(string s, int length) => s.Length <= length ? s : s[..length];

    [SharedCorpusTheory]
    [MemberData(nameof(DocxFiles))]
    public void ReadsEveryRealDocument(string file)
    {
        var doc = Read(file);
        Assert.Equal("docx", doc.Format);
        Assert.True(doc.PageCount >= 1);
        Assert.NotEmpty(doc.Blocks);
        Assert.All(AllBlocks(doc.Blocks).Where(b => b is not (TableBlock or PageBreakBlock)),
            b => Assert.False(string.IsNullOrWhiteSpace(BlockText.Of(b))));
    }

    [SharedCorpusTheory]
    [MemberData(nameof(DocxFiles))]
    public void GoldItemNumbersAppearAsPrinted(string file)
    {
        var blocks = AllBlocks(Read(file).Blocks).ToList();
        foreach (var item in Gold(file).GetProperty("items").EnumerateArray())
        {
            if (item.GetProperty("number").GetString() is not { } number) continue;
            var title = Prefix(item.GetProperty("title").GetString()!, 15);
            Assert.True(blocks.Any(b => b switch
            {
                ListItemBlock li => li.Number?.TrimEnd('.') == number && li.Text.StartsWith(title, StringComparison.Ordinal),
                HeadingBlock or ParagraphBlock => BlockText.Of(b).StartsWith(number + ". " + title, StringComparison.Ordinal)
                    || BlockText.Of(b).StartsWith(number + " " + title, StringComparison.Ordinal),
                _ => false,
            }), $"{file}: no block numbered {number} with '{title}'");
        }
    }

    [SharedCorpusTheory]
    [MemberData(nameof(DocxFiles))]
    public void GoldActionTextsArePresent(string file)
    {
        var text = string.Join("\n", Read(file).Blocks.Select(BlockText.Of));
        foreach (var action in Gold(file).GetProperty("actions").EnumerateArray())
            Assert.Contains(Prefix(action.GetProperty("text").GetString()!, 25), text);
    }

    [SharedCorpusTheory]
    [InlineData("uk-campaign-no2id-agm-2004-word.docx", "6", 0, "Reports were made")]
    [InlineData("uk-campaign-no2id-agm-2004-word.docx", "6.1", 1, "Mark Littlewood, the National Co-ordinator")]
    [InlineData("uk-campaign-no2id-agm-2004-word.docx", "8.3", 1, "Bloc of Three")]
    [InlineData("uk-campaign-no2id-agm-2004-word.docx", "8.3.1", 2, "Mark Dziecielewski")]
    [InlineData("uk-campaign-no2id-agm-2004-word.docx", "8.3.2", 2, "Weyman Bennett (in absentia)")]
    [InlineData("sg-student-team-sit-2021-09.docx", "18.", 0, "IT admin, what other privileges")]
    [InlineData("sg-student-team-sit-2021-09.docx", "c.", 1, "Emergency (e.g Death")]
    [InlineData("sg-student-team-sit-2021-09.docx", "ii.", 2, "So far there is more supply than demands")]
    [InlineData("sg-student-team-sit-2021-09.docx", "5.", 3, "Client intends to ensure")]
    public void RendersWordListNumbers(string file, string number, int level, string textStart)
    {
        Assert.Contains(ListItems(Read(file)),
            li => li.Number == number && li.Level == level && li.Text.StartsWith(textStart, StringComparison.Ordinal));
    }

    [SharedCorpusFact]
    public void EighteenTopLevelQuestionsAreNumberedInOrder()
    {
        var topLevel = ListItems(Read("sg-student-team-sit-2021-09.docx")).Where(li => li.Level == 0).Select(li => li.Number);
        Assert.Equal(Enumerable.Range(1, 18).Select(n => n + "."), topLevel);
    }

    [SharedCorpusFact]
    public void BulletBreakingANumberedListHasNoNumber()
    {
        var items = ListItems(Read("uk-campaign-no2id-agm-2004-word.docx"));
        var bloc = items.FindIndex(li => li.Number == "8.3");
        Assert.Null(items[bloc + 1].Number);
        Assert.Equal("8.3.1", items[bloc + 2].Number);
    }

    [SharedCorpusTheory]
    [InlineData("us-student-team-njit-2022-04.docx", "Action items | Person responsible | Deadline", 2)]
    [InlineData("uk-student-bradford-portal-2026-04.docx", "Member | Status", 1)]
    [InlineData("uk-student-bradford-portal-2026-04.docx", "Team Member | Assigned Module/Function | Notes / Focus", 1)]
    [InlineData("uk-student-group-cis-2019-02.docx", "Next Steps: | Owner: | Due date:", 1)]
    [InlineData("us-student-team-njit-2022-04.docx", "Facilitator: | Rudolph Paulin | Note taker: | Cristina Hilario", 1)]
    public void TableRowsKeepTheirCells(string file, string row, int expectedTables)
    {
        var tables = Read(file).Blocks.OfType<TableBlock>()
            .Where(t => t.Rows.Any(r => string.Join(" | ", r.Cells.Select(c => c.Text)) == row)).ToList();
        Assert.Equal(expectedTables, tables.Count);
    }

    [SharedCorpusFact]
    public void ActionTableCellsHoldBulletedItems()
    {
        var table = Read("us-student-team-njit-2022-04.docx").Blocks.OfType<TableBlock>()
            .First(t => t.Rows[0].Cells.Any(c => c.Text == "Person responsible"));
        Assert.Equal(4, table.Rows.Count);
        var first = Assert.IsType<ListItemBlock>(Assert.Single(table.Rows[1].Cells[0].Content));
        Assert.Null(first.Number);
        Assert.Equal("All team members", table.Rows[1].Cells[1].Text);
    }
}
