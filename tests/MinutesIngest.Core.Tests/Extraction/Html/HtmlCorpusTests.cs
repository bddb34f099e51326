using MinutesIngest.TestSupport;
using System.Text.Json;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Html;
using static MinutesIngest.Core.Tests.Extraction.Html.HtmlExtraction;

namespace MinutesIngest.Core.Tests.Extraction.Html;

/// <summary>Checks the extractor against the real HTML minutes in shared/corpus-real and their gold files.</summary>
public class HtmlCorpusTests
{
    private static SourceDocument Load(string file) =>
        new HtmlExtractor().Extract(File.ReadAllBytes(SharedCorpus.Real(file)), file);

    public static IEnumerable<object[]> Files() => SharedCorpus.RealNames(".html").Select(n => new object[] { n });

    [SharedCorpusTheory]
    [MemberData(nameof(Files))]
    public void Every_gold_attendee_name_survives_extraction(string file)
    {
        var text = AllText(Load(file)).Replace('_', ' ');
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedCorpus.Real(Path.ChangeExtension(file, ".gold.json"))));
        foreach (var attendee in gold.RootElement.GetProperty("attendance").EnumerateArray())
        {
            var name = attendee.GetProperty("name").GetString()!;
            Assert.True(text.Contains(name, StringComparison.OrdinalIgnoreCase), $"{file}: attendee '{name}' lost");
        }
    }

    [SharedCorpusTheory]
    [MemberData(nameof(Files))]
    public void Every_page_has_a_title_property(string file) =>
        Assert.False(string.IsNullOrWhiteSpace(Load(file).Properties.GetValueOrDefault(HtmlExtractor.TitleProperty)));

    [SharedCorpusTheory]
    [InlineData("uk-parish-northwold-2017-02.html", "Broad Norfolk")]
    [InlineData("uk-parish-northwold-2017-02.html", "All rights reserved")]
    [InlineData("uk-parish-west-dereham-2004-03.html", "WI Scrapbook")]
    [InlineData("uk-parish-west-dereham-2004-03.html", "April 2004")]
    [InlineData("uk-residents-assoc-stoke-ferry-2004-11.html", "Wretton")]
    [InlineData("uk-residents-assoc-stoke-ferry-2004-11.html", "Village Pump contributors")]
    [InlineData("std-w3c-wot-td-2025-10.html", "IRC log")]
    [InlineData("std-w3c-wot-td-2025-10.html", "Maybe present")]
    public void Site_chrome_is_gone(string file, string chrome) =>
        Assert.DoesNotContain(chrome, AllText(Load(file)));

    [SharedCorpusTheory]
    [InlineData("uk-campaign-no2id-agm-2004-web.html", "1.", "2.", "6.", "6.1", "6.4", "7.", "8.", "8.1", "8.3", "8.3.1", "8.3.2")]
    [InlineData("std-w3c-wot-td-2025-10.html", "1.", "2.", "2.1", "3.")]
    public void Rendered_list_numbers_match_the_gold_items(string file, params string[] numbers)
    {
        var listed = Load(file).Blocks.OfType<ListItemBlock>().Select(li => li.Number).ToList();
        foreach (var number in numbers) Assert.Contains(number, listed);
    }

    [SharedCorpusFact]
    public void NO2ID_item_8_3_1_is_the_third_level_under_8_3()
    {
        var item = Load("uk-campaign-no2id-agm-2004-web.html").Blocks.OfType<ListItemBlock>().Single(li => li.Number == "8.3.1");
        Assert.Equal(2, item.Level);
        Assert.StartsWith("Mark Dziecielewski:", item.Text);
    }

    [SharedCorpusTheory]
    [InlineData("std-w3c-wot-td-2025-10.html", "Present: Cristiano_Aguzzi, Daniel_Peintner, Ege_Korkan")]
    [InlineData("std-w3c-wot-td-2025-10.html", "Chair: Ege_Korkan, Michael_Koster")]
    [InlineData("std-w3c-wot-td-2025-10.html", "Scribe: Ege, cris, luca_barbato")]
    [InlineData("std-oasis-csaf-tc-2017-10.html", "Beth Pumo (Kaiser Permanente)")]
    [InlineData("std-oasis-csaf-tc-2017-10.html", "Eric Betts (VMware, Inc.)")]
    [InlineData("std-oasis-csaf-tc-2017-10.html", "Wednesday, 29 Nov 2017, 01:00pm to 02:00pm ET")]
    [InlineData("std-oasis-csaf-tc-2017-10.html", "Acting chair: Omar")]
    [InlineData("uk-parish-west-dereham-2004-03.html", "West Dereham PC Minutes")]
    [InlineData("uk-residents-assoc-stoke-ferry-2004-11.html", "Meeting of the Stoke Ferry Resident's Association Committee")]
    [InlineData("uk-campaign-no2id-agm-2004-web.html", "Actual Income to 30/09/04: £5579.69")]
    public void Paragraph_is_present(string file, string paragraphStart) =>
        Assert.Contains(Load(file).Blocks, b => b is ParagraphBlock p && p.Text.StartsWith(paragraphStart, StringComparison.Ordinal));

    [SharedCorpusTheory]
    [InlineData("std-oasis-csaf-tc-2017-10.html", 1, "OASIS Common Security Advisory Framework (CSAF) TC Meeting #11 October 25, 2017")]
    [InlineData("std-oasis-csaf-tc-2017-10.html", 4, "2.1.1 Voting Members Present")]
    [InlineData("std-w3c-wot-td-2025-10.html", 1, "WoT Thing Description")]
    [InlineData("std-w3c-wot-td-2025-10.html", 2, "22 October 2025")]
    [InlineData("uk-campaign-no2id-agm-2004-web.html", 1, "No2ID Annual General Meeting")]
    public void Heading_is_present(string file, int level, string text) =>
        Assert.Contains(new HeadingBlock(level, text), Load(file).Blocks);

    [SharedCorpusTheory]
    [InlineData("uk-parish-west-dereham-2004-03.html", "Minutes of the meeting of the West Dereham Parish Council held on Thursday 11th March 2004")]
    [InlineData("uk-residents-assoc-stoke-ferry-2004-11.html", "Minutes of Stoke Ferry Resident's Association Cttee")]
    [InlineData("uk-parish-northwold-2017-02.html", "Northwold Parish Council - February")]
    public void Site_article_heading_is_a_property_not_a_block(string file, string heading)
    {
        var doc = Load(file);
        Assert.Equal(heading, doc.Properties[HtmlExtractor.ArticleHeadingProperty]);
        Assert.DoesNotContain(doc.Blocks, b => b is HeadingBlock);
    }

    [SharedCorpusFact]
    public void NO2ID_latin1_page_decodes_entities_and_symbols()
    {
        var text = AllText(Load("uk-campaign-no2id-agm-2004-web.html"));
        Assert.Contains("with rôles in the OzCard campaign", text);
        Assert.Contains("Messrs. B. Mooney & C. Williams", text);
    }
}
