using System.Diagnostics;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Core.Extraction.Html;
using static MinutesIngest.Core.Tests.Extraction.Html.HtmlExtraction;

namespace MinutesIngest.Core.Tests.Extraction.Html;

public class HtmlNestingGuardTests
{
    private static string Nested(string open, int depth) => string.Concat(Enumerable.Repeat(open, depth)) + "text";

    [Theory]
    [InlineData("<div>", 100_000)]
    [InlineData("<span>", HtmlNestingGuard.MaxDepth + 1)]
    [InlineData("<font size=2><b>", 1_500)]
    public void Rejects_deep_nesting_quickly(string open, int depth)
    {
        var html = Nested(open, depth);
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<ExtractionException>(() => Extract(html));
        Assert.Equal("bomb", e.Reason);
        Assert.Contains("nested", e.Message);
        Assert.True(clock.ElapsedMilliseconds < 2000, $"took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Deep_list_nesting_on_a_small_stack_fails_cleanly_instead_of_overflowing()
    {
        // ol > li pairs double the real depth behind the guard's count; the walk must stop, not crash.
        var html = Nested("<ol><li>x", HtmlNestingGuard.MaxDepth - 1);
        Exception? caught = null;
        var worker = new Thread(() =>
        {
            try { Extract(html); }
            catch (Exception e) { caught = e; }
        }, 256 * 1024);
        worker.Start();
        worker.Join();
        Assert.Equal("bomb", Assert.IsType<ExtractionException>(caught).Reason);
    }

    [Theory]
    [InlineData("<div>", 200)]
    [InlineData("<span>", HtmlNestingGuard.MaxDepth)]
    public void Accepts_nesting_within_the_limit(string open, int depth) =>
        Assert.Equal("text", AllText(Extract(Nested(open, depth))));

    [Theory]
    [InlineData("<p>para")]
    [InlineData("<li>item")]
    [InlineData("<tr><td>cell")]
    [InlineData("<div></div>")]
    [InlineData("<br><img src=x><hr>")]
    public void Elements_the_parser_closes_itself_do_not_count(string repeated) =>
        HtmlNestingGuard.EnsureShallow(Nested(repeated, 5_000));

    [Fact]
    public void Stray_end_tags_do_not_hide_nesting() =>
        Assert.Throws<ExtractionException>(() => HtmlNestingGuard.EnsureShallow(Nested("<div></span>", 5_000)));

    [Fact]
    public void Tags_inside_comments_and_scripts_are_not_counted()
    {
        var html = "<!--" + Nested("<div>", 5_000) + "--><script>" + Nested("<div>", 5_000) + "</script><p>ok</p>";
        HtmlNestingGuard.EnsureShallow(html);
    }
}
