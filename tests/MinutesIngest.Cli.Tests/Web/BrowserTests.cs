using CsvHelper;
using MinutesIngest.Storage.Tests.Support;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Xunit.Abstractions;

namespace MinutesIngest.Cli.Tests.Web;

/// <summary>The pages of <c>minutes serve</c> over corpus/ in a real headless Chromium: highlighted search results, SVG trend bars,
/// the actions CSV download, a meeting page, the topics, a topic's trend chart, a search and the suggested actions within a
/// topic; a screenshot of each is saved.</summary>
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
        browser.FindElement(By.Name("body")).SendKeys("Westcombe");
        browser.FindElement(By.Name("suggested")).Click();
        browser.FindElement(By.Name("body")).Submit();

        Assert.Equal("Suggested actions", browser.FindElement(By.TagName("h1")).Text);
        var listed = browser.FindElements(By.CssSelector("#actions tbody tr")).Select(r => r.FindElements(By.TagName("td"))[3].Text).ToList();
        Assert.Equal(3, listed.Count);
        Assert.Equal(3, browser.FindElements(By.CssSelector("#actions td.confidence")).Count);
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
        Assert.Contains(("The Council will ask the county council for a speed survey.", "0.951"), downloaded);
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
        browser.FindElement(By.Name("body")).SendKeys("trust");
        browser.FindElement(By.Name("q")).Submit();

        var chart = browser.FindElement(By.Id("trend-chart"));
        var bars = chart.FindElements(By.CssSelector("rect.bar"));
        // Bodies whose name holds "trust" that write "mental health": Westvale Community Healthcare NHS Trust (2020) and
        // the Greenway Board of Trustees (2024).
        Assert.Equal(["2020", "2024"], bars.Select(b => b.GetAttribute("data-period")));
        Assert.All(bars, b => Assert.True(b.Size.Height > 0 && b.Size.Width > 0, "a bar is drawn with no area"));
        Assert.True(chart.FindElements(By.CssSelector("rect.held")).Count >= 6);
        Save(browser, "trend");
    }

    private async Task ActionsCsvDownloadHasTheListedRows(ChromeDriver browser, string baseUrl)
    {
        browser.Navigate().GoToUrl(baseUrl + "/actions");
        browser.FindElement(By.Name("body")).SendKeys("Highways and Transport");
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
