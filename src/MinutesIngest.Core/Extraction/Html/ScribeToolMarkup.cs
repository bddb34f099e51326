using System.Text.RegularExpressions;
using HtmlAgilityPack;
using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction.Html;

/// <summary>
/// Reads the minutes IRC scribe tools generate (W3C's scribe.perl / RRSAgent, used by W3C, IETF-style and community groups):
/// the tool's own annotations are taken out so the scribe's records read as written.
/// </summary>
internal static partial class ScribeToolMarkup
{
    /// <summary>
    /// Detaches the generated "Summary of Resolutions": a list rebuilt from the RESOLUTION lines already in the minutes, whose
    /// numbering would otherwise read as agenda items. It is found by the anchor the tool names it with.
    /// </summary>
    public static void RemoveResolutionSummary(HtmlNode body)
    {
        var anchor = HtmlText.DescendantElements(body).FirstOrDefault(e =>
            string.Equals(e.GetAttributeValue("id", ""), ResolutionSummaryAnchor, StringComparison.OrdinalIgnoreCase)
            || string.Equals(e.GetAttributeValue("name", ""), ResolutionSummaryAnchor, StringComparison.OrdinalIgnoreCase));
        if (anchor == null) return;
        // Newer versions wrap the summary in its own element; older ones put the anchor in the heading, the list after it.
        var heading = anchor.AncestorsAndSelf().FirstOrDefault(e => HtmlText.HeadingLevel(e) > 0);
        if (heading == null) { if (anchor.Name != "a") anchor.Remove(); return; }
        var doomed = new List<HtmlNode> { heading };
        for (var next = heading.NextSibling; next != null && HtmlText.HeadingLevel(next) == 0 && next.Name != "address" && next.Name != "div"; next = next.NextSibling)
            doomed.Add(next);
        foreach (var node in doomed) node.Remove();
    }

    private const string ResolutionSummaryAnchor = "ResolutionSummary";

    /// <summary>
    /// Older versions print the contents as a bulleted list whose first entry, "Topics" (a link to the agenda), holds the
    /// numbered topics, beside links to the summaries: the numbered topics are the contents, and stand in the bulleted list's
    /// place.
    /// </summary>
    public static void LiftTopics(HtmlNode body)
    {
        var topics = HtmlText.DescendantElements(body, "a")
            .FirstOrDefault(a => string.Equals(a.GetAttributeValue("href", ""), "#agenda", StringComparison.OrdinalIgnoreCase)
                && a.ParentNode is { Name: "li" } li && HtmlText.ChildElements(li).Any(e => e.Name == "ol") && li.ParentNode is { Name: "ul" });
        if (topics is not { ParentNode: { ParentNode: { ParentNode: { } container } list } entry }) return;
        var numbered = HtmlText.ChildElements(entry).First(e => e.Name == "ol");
        numbered.Remove();
        container.ReplaceChild(numbered, list);
    }

    /// <summary>The blocks with the tool's line annotations taken out (see <see cref="CleanLine"/>).</summary>
    public static List<Block> Clean(List<Block> blocks) => blocks.Select(b => b switch
    {
        ParagraphBlock p when Cleaned(p.Text) is var t && t != p.Text => p with { Text = t },
        ListItemBlock li when Cleaned(li.Text) is var t && t != li.Text => li with { Text = t },
        _ => b,
    }).Where(b => b is not ParagraphBlock { Text.Length: 0 }).ToList();

    private static string Cleaned(string text) => text.Contains('\n') ? string.Join("\n", text.Split('\n').Select(CleanLine)) : CleanLine(text);

    /// <summary>
    /// One line without the tool's annotations: the "&lt;scribe&gt;" speaker the tool gives the scribe's own notes (the
    /// line is the minutes' text, not a speaker's turn), the status tag of a summary entry ("[NEW] ACTION: …") and the
    /// "[recorded in URL]" link appended to an action.
    /// </summary>
    public static string CleanLine(string line)
    {
        var text = RecordedIn().Replace(ScribeSpeaker().Replace(line, ""), "");
        return SummaryStatus().Replace(text, "");
    }

    [GeneratedRegex(@"^\s*<scribe>\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ScribeSpeaker();

    [GeneratedRegex(@"^\s*\[(?:NEW|PENDING|DONE|DROPPED|CONTINUES|STARTED)\]\s+(?=ACTION\b)")]
    private static partial Regex SummaryStatus();

    // Some versions leave the closing bracket out.
    [GeneratedRegex(@"\s*\[recorded\s+in\s+\S+\s*\]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RecordedIn();
}
