using static MinutesIngest.Core.Tests.Extraction.Html.HtmlExtraction;

namespace MinutesIngest.Core.Tests.Extraction.Html;

/// <summary>Stray closing tags do not end a page's content: a browser keeps putting what follows into the body.</summary>
public class HtmlStrayTagTests
{
    [Theory]
    [InlineData("<html><body></body><p>Present: A. Lee</p><p>1. Finance</p></html>")]
    [InlineData("<html><body></html><p>Present: A. Lee</p><p>1. Finance</p>")]
    [InlineData("<!DOCTYPE html><html><head><title>t</title></head><body></body></html><p>Present: A. Lee</p><p>1. Finance</p>")]
    [InlineData("<html><body><p>Present: A. Lee</p></body></html><p>1. Finance</p>")]
    public void Content_after_a_stray_closing_tag_is_kept(string html) =>
        Assert.Equal("Present: A. Lee\n1. Finance", AllText(Extract(html)));
}
