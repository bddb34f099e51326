using CsvHelper;
using MinutesIngest.Storage.Tests.Support;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Xunit.Abstractions;

namespace MinutesIngest.Cli.Tests.Web;

/// <summary>The pages of <c>minutes serve</c> over corpus/ in a real headless Chromium: highlighted search results, SVG trend bars,
/// the actions CSV download and a meeting page; a screenshot of each is saved.</summary>
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
