using CsvHelper;
using MinutesIngest.Storage;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Tests.Support;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Xunit.Abstractions;

namespace MinutesIngest.Cli.Tests.Web;

/// <summary>The pages of <c>minutes serve</c> over corpus/ in a real headless Chromium: highlighted search results, SVG trend bars,
/// the actions CSV download, a meeting page, the topics, a topic's trend chart, a search and the suggested actions within a
/// topic; over invented minutes, a meeting's sources, the bodies page and a trend by series; a screenshot of each is saved.</summary>
[Collection(PostgresCollection.Name)]
public sealed class BrowserTests(PostgresFixture postgres, ITestOutputHelper output) : IDisposable
{
    private readonly string _downloads = Directory.CreateTempSubdirectory("minutes-downloads-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_downloads, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Search_trend_actions_and_meeting_pages_work_in_a_real_browser()
    {
        await using var site = await ServedCorpus.StartAsync(await CorpusDatabase.ConnectionStringAsync(postgres));
        using var browser = HeadlessChromium.Start(_downloads);

        SearchShowsHighlightedResults(browser, site.BaseUrl);
        MeetingPageOpensFromAResult(browser);
        TrendChartDrawsBars(browser, site.BaseUrl);
        await ActionsCsvDownloadHasTheListedRows(browser, site.BaseUrl);
        OddQueriesShowAMessage(browser, site.BaseUrl);
    }

    [Fact]
    public async Task Topics_a_topic_trend_and_a_search_within_a_topic_work_in_a_real_browser()
    {
        await using var site = await ServedCorpus.StartAsync(await CorpusDatabase.ConnectionStringAsync(postgres));
        using var browser = HeadlessChromium.Start(_downloads);

        var label = TopicsPageListsTheTopics(browser, site.BaseUrl);
        var word = TopicPageDrawsItsTrend(browser, label);
        SearchWithinTheTopicKeepsOnlyItsItems(browser, site.BaseUrl, label, word);
        await SuggestedActionsDownloadWithTheirConfidence(browser, site.BaseUrl);
    }

    // One invented council: its planning committee's minutes as a text file and again as an HTML page (one meeting, two
    // sources), a full council meeting, and a club's meeting in another folder.
    private static TempFolder InventedMinutes()
    {
        static string Minutes(string heading, string date, string topic) =>
            $"{heading}\nHeld on {date} at 7pm\nPresent: Ann Lee, Bob Ray, Cat Poe\n1. Apologies\nApologies were received from Dan Orr.\n2. {topic}\nIt was agreed to review the {topic.ToLowerInvariant()} in spring.\n";
        var folder = new TempFolder();
        var planning = Minutes("Example Parish Council – Planning Committee – Minutes", "4 March 2024", "Hedgerows");
        folder.Write("council/planning-2024-03.txt", planning);
        folder.Write("council/planning-2024-03.html", "<html><body>" + string.Concat(planning.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => $"<p>{l}</p>")) + "</body></html>");
        folder.Write("council/full-2024-04.txt", Minutes("Minutes of the meeting of the Example PC", "8 April 2024", "Hedgerows"));
        folder.Write("club/agm-2024-05.txt", Minutes("Minutes of the meeting of the Other Allotment Society", "6 May 2024", "Water butts"));
        return folder;
    }

    [Fact]
    public async Task A_meetings_sources_the_bodies_page_and_a_trend_by_series_work_in_a_real_browser()
    {
        using var folder = InventedMinutes();
        var database = await MinutesDatabase.OpenAsync(postgres.CreateDatabase());
        var report = await new IngestPipeline(database, new InProcessMinutesFileExtractor()).RunAsync(InputFileFinder.Find([folder.Path]).ToList());
        Assert.Equal((4, 1), (report.Stored, report.TwinsMerged));
        await using var site = await ServedCorpus.StartAsync(database);
        using var browser = HeadlessChromium.Start(_downloads);

        // The copy's page is the meeting's page: both files listed, each with its status, the kept one first.
        browser.Navigate().GoToUrl(site.BaseUrl + "/meetings/planning-2024-03.html");
        var sources = browser.FindElements(By.CssSelector("#sources tbody tr"))
            .Select(r => (Path: r.FindElement(By.CssSelector("td.path")).Text, Status: r.FindElement(By.CssSelector("td.status")).Text, Role: r.FindElement(By.CssSelector("td.role")).Text))
            .ToList();
        Assert.Equal(["planning-2024-03.html", "planning-2024-03.txt"], sources.Select(x => Path.GetFileName(x.Path)).Order(StringComparer.Ordinal));
        Assert.Equal([("stored", "kept"), ("stored", "copy")], sources.Select(x => (x.Status, x.Role)));
        Assert.Contains(browser.FindElements(By.CssSelector("table.meta tr")), r => r.Text == "Series Planning Committee");
        Save(browser, "meeting-sources");

        // The bodies page: one row per body, the council's two spellings merged, its two series counted.
        browser.FindElement(By.LinkText("Bodies")).Click();
        var rows = browser.FindElements(By.CssSelector("#bodies tbody tr"))
            .ToDictionary(r => r.FindElement(By.CssSelector("td.body")).Text, r => r);
        Assert.Equal(["Example Parish Council", "Other Allotment Society"], rows.Keys.Order(StringComparer.Ordinal));
        var council = rows["Example Parish Council"];
        Assert.Equal("2", council.FindElement(By.CssSelector("td.meetings")).Text);
        Assert.Equal("2", council.FindElement(By.CssSelector("td.series")).Text);
        Assert.Contains("Example PC", council.FindElement(By.CssSelector("td.aliases")).Text);
        Assert.Empty(browser.FindElements(By.Id("unstated")));
        Save(browser, "bodies");

        // Its series count opens the trend per series of that body; a topic then draws one bar group per series.
        council.FindElement(By.CssSelector("td.series a")).Click();
        Assert.True(browser.FindElement(By.Name("series")).Selected);
        browser.FindElement(By.Name("q")).SendKeys("hedgerows");
        browser.FindElement(By.Name("q")).Submit();
        var bars = browser.FindElement(By.Id("trend-chart")).FindElements(By.CssSelector("rect.bar"));
        Assert.Equal(["Example Parish Council — Full Council", "Example Parish Council — Planning Committee"],
            bars.Select(b => b.GetAttribute("data-series")!).Order(StringComparer.Ordinal));
        Assert.Equal(2, browser.FindElements(By.CssSelector("#trend tbody tr")).Count);
        Save(browser, "trend-series");

        // An exact body filter: a piece of the name is not a body, and the message names the nearest.
        browser.Navigate().GoToUrl(site.BaseUrl + "/trend?q=hedgerows&body=Parish+Council");
        Assert.Contains("Nearest bodies: “Example Parish Council”", browser.FindElement(By.CssSelector(".message")).Text);
    }

    // Opens the topic that occurs in the most meetings, as a reader would pick it.
    private string TopicsPageListsTheTopics(ChromeDriver browser, string baseUrl)
    {
        browser.Navigate().GoToUrl(baseUrl + "/");
        browser.FindElement(By.LinkText("Topics")).Click();

        var rows = browser.FindElements(By.CssSelector("#topics tbody tr"));
        Assert.Equal(20, rows.Count);
        Assert.Contains("20 topics fitted over", browser.FindElement(By.Id("summary")).Text);
        Assert.All(rows, r => Assert.InRange(r.FindElements(By.CssSelector("td.terms span")).Count, 3, 10));
        var busiest = rows.OrderByDescending(r => int.Parse(r.FindElement(By.CssSelector("td.meetings")).Text)).First();
        Assert.True(int.Parse(busiest.FindElement(By.CssSelector("td.meetings")).Text) >= 2);
        var link = busiest.FindElement(By.CssSelector("a"));
        var label = link.Text;
        Save(browser, "topics");
        link.Click();
        return label;
    }

    // Returns a word of the title of the item carrying the topic most strongly, for a search that must find it.
    private string TopicPageDrawsItsTrend(ChromeDriver browser, string label)
    {
        Assert.EndsWith(label, browser.FindElement(By.TagName("h1")).Text);
        var chart = browser.FindElement(By.Id("topic-trend-chart"));
        var bars = chart.FindElements(By.CssSelector("rect.bar"));
        Assert.NotEmpty(bars);
        Assert.All(bars, b => Assert.True(b.Size.Height > 0 && b.Size.Width > 0, "a bar is drawn with no area"));
        // corpus/ holds meetings from 2019 to 2025: one column per year, the topic's years with a bar.
        Assert.Equal(7, chart.FindElements(By.CssSelector("rect.held")).Count);
        var meetings = browser.FindElements(By.CssSelector("#topic-meetings tbody tr"));
        Assert.True(meetings.Count >= 2);
        Assert.Equal(meetings.Select(m => m.FindElement(By.TagName("td")).Text[..4]).Distinct().Order(),
            bars.Select(b => b.GetAttribute("data-period")).Where(p => meetings.Any(m => m.Text.StartsWith(p!, StringComparison.Ordinal))).Distinct().Order());
        Save(browser, "topic");
        var strongest = meetings[0].FindElements(By.TagName("td"))[3].Text;
        var word = System.Text.RegularExpressions.Regex.Matches(strongest[..strongest.LastIndexOf('(')], @"\p{L}{4,}").Select(m => m.Value).MaxBy(w => w.Length)!;

        // By quarter, for one body: the chart is drawn again for that body only.
        var body = browser.FindElement(By.CssSelector("#topic-meetings tbody tr td a")).Text;
        browser.FindElement(By.CssSelector("select[name=by] option[value=quarter]")).Click();
        browser.FindElement(By.Name("body")).SendKeys(body);
        browser.FindElement(By.Name("body")).Submit();
        var quarterBars = browser.FindElement(By.Id("topic-trend-chart")).FindElements(By.CssSelector("rect.bar"));
        Assert.NotEmpty(quarterBars);
        Assert.All(quarterBars, b => Assert.Matches(@"^\d{4}-Q[1-4]$", b.GetAttribute("data-period")));
        Assert.All(quarterBars, b => Assert.Equal(body, b.GetAttribute("data-series")));
        Assert.All(browser.FindElements(By.CssSelector("#by-body tbody tr")), r => Assert.Contains(body, r.Text, StringComparison.OrdinalIgnoreCase));
        Save(browser, "topic-quarter");
        return word;
    }

    private void SearchWithinTheTopicKeepsOnlyItsItems(ChromeDriver browser, string baseUrl, string label, string term)
    {
        browser.Navigate().GoToUrl($"{baseUrl}/?q={Uri.EscapeDataString(term)}");
        var unfiltered = browser.FindElements(By.CssSelector(".hit")).Count;
        browser.FindElements(By.CssSelector("select[name=topic] option")).Single(o => o.Text.EndsWith(": " + label, StringComparison.Ordinal)).Click();
        browser.FindElement(By.Name("q")).Submit();

        var hits = browser.FindElements(By.CssSelector(".hit"));
        Assert.NotEmpty(hits);
        Assert.True(hits.Count <= unfiltered);
        Assert.EndsWith(": " + label, browser.FindElement(By.CssSelector("select[name=topic] option:checked")).Text);
        Assert.Contains("topic=", browser.Url);
        Save(browser, "topic-search");

        browser.Navigate().GoToUrl($"{baseUrl}/?q={Uri.EscapeDataString(term)}&topic=zeppelin");
        Assert.Contains("No topic matches", browser.FindElement(By.CssSelector(".message")).Text);
    }

    private async Task SuggestedActionsDownloadWithTheirConfidence(ChromeDriver browser, string baseUrl)
    {
        browser.Navigate().GoToUrl(baseUrl + "/actions");
        browser.FindElement(By.Name("body")).SendKeys("Westcombe Parish Council");
        browser.FindElement(By.Name("suggested")).Click();
        browser.FindElement(By.Name("body")).Submit();

        Assert.Equal("Suggested actions", browser.FindElement(By.TagName("h1")).Text);
        var listed = browser.FindElements(By.CssSelector("#actions tbody tr")).Select(r => r.FindElements(By.TagName("td"))[3].Text).ToList();
        Assert.Equal(3, listed.Count);
        var shownConfidence = browser.FindElements(By.CssSelector("#actions td.confidence")).Select(c => c.Text).ToList();
        Assert.Equal(3, shownConfidence.Count);
        Save(browser, "suggested-actions");
        browser.FindElement(By.Id("csv")).Click();

        var file = Path.Combine(_downloads, "suggested-actions.csv");
        for (var waited = 0; !File.Exists(file) && waited < 200; waited++) await Task.Delay(100);
        Assert.True(File.Exists(file), "the CSV download did not arrive");
        using var reader = CsvReader.FromText(await File.ReadAllTextAsync(file));
        var downloaded = new List<(string Action, string Confidence)>();
        while (reader.Read()) downloaded.Add((reader.GetString("action"), reader.GetString("confidence")));
        Assert.Equal("confidence", reader.Headers[^1]);
        Assert.Equal(listed, downloaded.Select(d => d.Action));
        // The CSV carries the confidence the page shows for each row (the model's own value: retraining changes it).
        Assert.Equal(shownConfidence, downloaded.Select(d => d.Confidence));
        Assert.All(downloaded, d => Assert.InRange(double.Parse(d.Confidence, System.Globalization.CultureInfo.InvariantCulture), 0, 1));
    }

    private void SearchShowsHighlightedResults(ChromeDriver browser, string baseUrl)
    {
        browser.Navigate().GoToUrl(baseUrl + "/");
        var box = browser.FindElement(By.Name("q"));
        box.SendKeys("\"street triage\"");
        box.Submit();

        var hits = browser.FindElements(By.CssSelector(".hit"));
        var marks = browser.FindElements(By.CssSelector(".hit .snippet mark")).Select(m => m.Text.ToLowerInvariant()).ToList();
        Assert.NotEmpty(hits);
        Assert.Contains("street", marks);
        Assert.Contains("triage", marks);
        Assert.All(hits, h => Assert.NotEmpty(h.FindElements(By.TagName("mark"))));
        // The three meetings that write "street triage": Eastmoor 2019, Northshire 2021, Northvale 2022.
        Assert.Equal(3, hits.Select(h => h.FindElement(By.CssSelector(".meta a")).GetAttribute("href")).Distinct().Count());
        Save(browser, "search");
    }

    private void MeetingPageOpensFromAResult(ChromeDriver browser)
    {
        var link = browser.FindElements(By.CssSelector(".hit .meta a")).First(a => a.Text.Contains("Northshire", StringComparison.Ordinal));
        link.Click();

        Assert.Equal("Accountability Board – Minutes", browser.FindElement(By.TagName("h1")).Text);
        Assert.Contains(browser.FindElements(By.CssSelector("details summary")), s => s.Text.Contains("street triage pilot", StringComparison.Ordinal));
        Assert.Contains("pcc-accountability-board-2021-06.txt", browser.PageSource);
        Save(browser, "meeting");
    }

    private void TrendChartDrawsBars(ChromeDriver browser, string baseUrl)
    {
        browser.Navigate().GoToUrl(baseUrl + "/trend");
        browser.FindElement(By.Name("q")).SendKeys("\"mental health\"");
        browser.FindElement(By.Name("body")).SendKeys("Westvale Community Healthcare NHS Trust; the greenway learning trust");
        browser.FindElement(By.Name("q")).Submit();

        var chart = browser.FindElement(By.Id("trend-chart"));
        var bars = chart.FindElements(By.CssSelector("rect.bar"));
        // Two bodies named exactly (one in another case and with "the") that write "mental health", one meeting each.
        Assert.Equal(["2020", "2024"], bars.Select(b => b.GetAttribute("data-period")));
        Assert.All(bars, b => Assert.True(b.Size.Height > 0 && b.Size.Width > 0, "a bar is drawn with no area"));
        Assert.True(chart.FindElements(By.CssSelector("rect.held")).Count >= 6);
        Save(browser, "trend");
    }

    private async Task ActionsCsvDownloadHasTheListedRows(ChromeDriver browser, string baseUrl)
    {
        browser.Navigate().GoToUrl(baseUrl + "/actions");
        browser.FindElement(By.Name("body")).SendKeys("Highways and Transport Scrutiny Committee");
        browser.FindElement(By.Name("body")).Submit();

        var listed = browser.FindElements(By.CssSelector("#actions tbody tr")).Select(r => r.FindElements(By.TagName("td"))[3].Text).ToList();
        Assert.Equal(5, listed.Count);
        Save(browser, "actions");
        browser.FindElement(By.Id("csv")).Click();

        var file = Path.Combine(_downloads, "actions.csv");
        for (var waited = 0; !File.Exists(file) && waited < 200; waited++) await Task.Delay(100);
        Assert.True(File.Exists(file), "the CSV download did not arrive");
        using var reader = CsvReader.FromText(await File.ReadAllTextAsync(file));
        var downloaded = new List<string>();
        while (reader.Read()) downloaded.Add(reader.GetString("action"));
        Assert.Equal(listed, downloaded);
        Assert.Contains("Provide monthly figures for Category 1 defects made safe within 24 hours", downloaded);
    }

    private void OddQueriesShowAMessage(ChromeDriver browser, string baseUrl)
    {
        foreach (var odd in new[] { "%22", "--", "%27%3B%20drop%20table%20items%3B", "%E6%97%A5%E6%9C%AC" })
        {
            browser.Navigate().GoToUrl($"{baseUrl}/?q={odd}");
            var shown = browser.FindElements(By.CssSelector(".message, #summary"));
            Assert.NotEmpty(shown);
            Assert.DoesNotContain("error", browser.Title, StringComparison.OrdinalIgnoreCase);
        }
        Save(browser, "odd-query");
    }

    private void Save(ChromeDriver browser, string name)
    {
        var path = HeadlessChromium.Screenshot(browser, name);
        output.WriteLine($"screenshot: {path}");
        Assert.True(new FileInfo(path).Length > 1000);
    }
}
