using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Html;
using static MinutesIngest.Core.Tests.Extraction.Html.HtmlExtraction;

namespace MinutesIngest.Core.Tests.Extraction.Html;

public class HtmlChromeTests
{
    private const string Minutes = "<p>Present: Ann Smith, Bob Jones and Cy Young.</p><p>1. Apologies were received from Dee.</p>"
                                 + "<p>2. The minutes of the last meeting were approved and signed by the chair as a true record.</p>";

    private const string SiteMenu = "<ul><li><a href=/a>Home page</a><li><a href=/b>Village news</a><li><a href=/c>Contact us</a><li><a href=/d>Archive</a></ul>";

    [Theory]
    [InlineData("nav-element", "<nav>" + SiteMenu + "</nav>", "Village news")]
    [InlineData("footer-element", "<footer>Copyright 2024 Village Trust</footer>", "Copyright")]
    [InlineData("aside-element", "<aside><h3>Related posts</h3><p>Another story</p></aside>", "Another story")]
    [InlineData("sidebar-class", "<div class=\"widget-area sidebar\"><p>Recent comments here</p></div>", "Recent comments")]
    [InlineData("camel-case-menu-id", "<div id=\"mainMenu\">" + SiteMenu + "</div>", "Village news")]
    [InlineData("cookie-banner", "<div id=\"cookie-notice\"><p>We use cookies on this site</p></div>", "cookies")]
    [InlineData("role-navigation", "<div role=navigation>" + SiteMenu + "</div>", "Archive")]
    [InlineData("share-buttons", "<div class=\"share-links\"><a href=/fb>Share on Facebook</a></div>", "Facebook")]
    [InlineData("breadcrumb", "<p class=breadcrumbs><a href=/>Home</a> &gt; Minutes</p>", "Home")]
    [InlineData("skip-link", "<a class=\"skip-link\" href=\"#main\">Skip to content</a>", "Skip to content")]
    [InlineData("site-header-with-menu", "<header><div class=logo>Village Site</div>" + SiteMenu + "</header>", "Village Site")]
    [InlineData("small-form", "<form action=/search><label>Search the site</label><input name=q></form>", "Search the site")]
    [InlineData("hidden", "<div style=\"display: none\">secret text</div><p hidden>also hidden</p>", "hidden")]
    [InlineData("scripts-styles", "<style>p{color:red}</style><script>var tracking=1;</script><noscript>Enable JS</noscript>", "Enable JS")]
    public void Removes_site_chrome(string name, string chrome, string chromeWord)
    {
        var doc = Extract($"<html><body>{chrome}<h1>Parish Council Minutes</h1>{Minutes}</body></html>");
        var text = AllText(doc);
        Assert.True(!text.Contains(chromeWord), $"{name}: chrome left in '{text}'");
        Assert.Contains("Present: Ann Smith", text);
    }

    [Fact]
    public void Keeps_the_header_and_title_of_a_hand_written_document()
    {
        var doc = Extract($"<body><header><h1>Parish Council Minutes</h1><p>Held on 12 March 2024</p></header>{Minutes}</body>");
        Assert.Equal(new HeadingBlock(1, "Parish Council Minutes"), doc.Blocks[0]);
        Assert.Equal("Held on 12 March 2024", ((ParagraphBlock)doc.Blocks[1]).Text);
    }

    [Fact]
    public void Keeps_a_header_holding_only_a_small_link_and_drops_its_nav()
    {
        var doc = Extract("<body><header><h1>Working Group</h1><h2>22 October 2025</h2><nav><a href=\"https://example.org/log\">IRC log</a></nav></header>"
                        + $"<main>{Minutes}</main></body>");
        Assert.Equal([new HeadingBlock(1, "Working Group"), new HeadingBlock(2, "22 October 2025")], doc.Blocks.Take(2));
        Assert.DoesNotContain("IRC log", AllText(doc));
    }

    [Fact]
    public void Keeps_a_table_of_contents_nav_of_same_page_links()
    {
        var doc = Extract("<body><nav id=toc><ol><li><a href=\"#a\">Review</a></li><li><a href=\"#b\">Templates</a><ol><li><a href=\"#c\">PRs</a></ol></li></ol></nav>"
                        + $"{Minutes}</body>");
        Assert.Equal(["0|1.|Review", "0|2.|Templates", "1|2.1|PRs"], ListItems(doc));
    }

    [Fact]
    public void Narrows_a_site_page_to_the_article_body_and_keeps_its_heading_as_a_property()
    {
        var doc = Extract("<html><head><title>Minutes of the March meeting - Village Site</title></head><body>"
                        + "<header><nav>" + SiteMenu + "</nav></header><main><div class=container><article>"
                        + "<div class=\"row p-4\"><h1>Minutes of the meeting held on Thursday 11th March 2004</h1><h2>April 2004</h2></div>"
                        + $"<div class=\"row p-4\">{Minutes}</div></article>"
                        + "<div class=\"row text-muted\">All rights reserved.</div></div></main></body></html>");
        Assert.Equal("Present: Ann Smith, Bob Jones and Cy Young.", ((ParagraphBlock)doc.Blocks[0]).Text);
        Assert.DoesNotContain("April 2004", AllText(doc));
        Assert.DoesNotContain("rights reserved", AllText(doc));
        Assert.Equal("Minutes of the meeting held on Thursday 11th March 2004", doc.Properties[HtmlExtractor.ArticleHeadingProperty]);
        Assert.Equal("Minutes of the March meeting - Village Site", doc.Properties[HtmlExtractor.TitleProperty]);
    }

    [Fact]
    public void Picks_entry_content_of_a_blog_layout()
    {
        var doc = Extract("<body><div id=page><header id=masthead class=site-header><p class=site-title>Village Blog</p>" + SiteMenu + "</header>"
                        + "<div id=content class=site-content><main id=main><article class=post>"
                        + "<header class=entry-header><h1 class=entry-title>Council minutes</h1><p class=meta>Posted on 3 May</p></header>"
                        + $"<div class=entry-content>{Minutes}</div><footer class=entry-footer>Tags: council</footer></article>"
                        + "<div class=comments><h3>2 comments</h3><p>Nice post</p></div></main>"
                        + "<aside id=secondary>" + SiteMenu + "</aside></div><footer id=colophon>Powered by a CMS</footer></div></body>");
        var text = AllText(doc);
        Assert.StartsWith("Present: Ann Smith", text);
        foreach (var chrome in new[] { "Village Blog", "Posted on", "Tags:", "Nice post", "Village news", "Powered by" })
            Assert.DoesNotContain(chrome, text);
        Assert.Equal("Council minutes", doc.Properties[HtmlExtractor.ArticleHeadingProperty]);
    }

    [Fact]
    public void Keeps_the_whole_body_when_attendance_sits_outside_main()
    {
        var doc = Extract("<body><h1>Task Force</h1><div id=prelims><dl><dt>Present</dt><dd>Ann, Bob</dd></dl></div>"
                        + $"<main>{Minutes}{Minutes}{Minutes}</main></body>");
        Assert.Equal(new HeadingBlock(1, "Task Force"), doc.Blocks[0]);
        Assert.Contains(doc.Blocks, b => b is ParagraphBlock { Text: "Present: Ann, Bob" });
        Assert.False(doc.Properties.ContainsKey(HtmlExtractor.ArticleHeadingProperty));
    }

    [Fact]
    public void Picks_the_content_cell_of_an_old_table_layout()
    {
        var doc = Extract("<body><table width=100%><tr><td class=left><p><a href=/a>Home page</a><br><a href=/b>Village news</a><br>"
                        + "<a href=/c>Contact us</a><br><a href=/d>Archive</a></p><p>Site last updated 2004</p></td>"
                        + $"<td id=content><h1>Minutes</h1>{Minutes}{Minutes}</td></tr></table></body>");
        var text = AllText(doc);
        Assert.StartsWith("Minutes\nPresent: Ann Smith", text);
        Assert.DoesNotContain("Village news", text);
        Assert.DoesNotContain("last updated", text);
    }

    [Fact]
    public void A_misleading_class_on_the_page_wrapper_does_not_remove_the_page()
    {
        var doc = Extract($"<body><div class=\"page no-sidebar\"><h1>Minutes</h1>{Minutes}</div></body>");
        Assert.Contains("Present: Ann Smith", AllText(doc));
    }

    [Fact]
    public void A_form_wrapping_the_whole_page_is_kept()
    {
        var doc = Extract($"<body><form id=aspnetForm action=page.aspx><h1>Minutes</h1>{Minutes}</form></body>");
        Assert.Contains("Present: Ann Smith", AllText(doc));
    }
}
