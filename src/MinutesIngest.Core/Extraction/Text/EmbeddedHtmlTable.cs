using System.Text.RegularExpressions;
using System.Text;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Core.Extraction.Html;

namespace MinutesIngest.Core.Extraction.Text;

/// <summary>
/// A raw HTML table written inside Markdown (Markdown passes HTML through, and wikis and site generators export
/// tables with lists in their cells that way), read with the HTML reader so its rows, cells and cell lists survive.
/// </summary>
internal static partial class EmbeddedHtmlTable
{
    /// <summary>True when the line opens a raw HTML table.</summary>
    public static bool Opens(string trimmedLine) => Open().IsMatch(trimmedLine);

    /// <summary>The index of the line that closes the table opened on line <paramref name="from"/>, or -1 when it is never closed.</summary>
    public static int End(ReadOnlySpan<string> lines, int from)
    {
        var depth = 0;
        for (var j = from; j < lines.Length; j++)
        {
            // Tables nest: the outer table ends where its own closing tag brings the count back to zero.
            depth += Open().Count(lines[j]) - Close().Count(lines[j]);
            if (depth <= 0) return j;
        }
        return -1;
    }

    /// <summary>The blocks of the HTML (the table and anything beside it on its lines); null when it holds no readable text.</summary>
    public static List<Block>? Read(string html)
    {
        // The HTML reader's own guards (nesting depth) apply; a fragment it cannot read stays text, as the rest of the file is.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(html)).ToArray();
        try { return new HtmlExtractor().Extract(bytes, "embedded.html").Blocks.ToList(); }
        catch (ExtractionException e) when (e.Reason != FailureReasons.Bomb) { return null; }
    }

    [GeneratedRegex(@"<table\b", RegexOptions.IgnoreCase)]
    private static partial Regex Open();

    [GeneratedRegex(@"</table\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex Close();
}
