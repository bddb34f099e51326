using System.Net;
using System.Text;

namespace MinutesIngest.Storage.Queries;

/// <summary>The markers ts_headline puts around matched words in a snippet, and the forms a renderer turns them into.</summary>
public static class Highlight
{
    // Private-use characters: they never occur in minutes, so a snippet cannot be confused by text that happens to look like a marker.
    public const char Start = '\uE000';
    public const char Stop = '\uE001';

    /// <summary>The ts_headline options: markers, snippet length, and up to two fragments joined by an ellipsis.</summary>
    public const string HeadlineOptions = "StartSel=\"\uE000\", StopSel=\"\uE001\", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    /// <summary>The snippet cut into runs of text, each either matched or not.</summary>
    public static IReadOnlyList<(string Text, bool Matched)> Segments(string snippet)
    {
        var segments = new List<(string, bool)>();
        var current = new StringBuilder();
        var matched = false;
        foreach (var c in snippet)
        {
            if (c != Start && c != Stop) { current.Append(c); continue; }
            if (current.Length > 0) segments.Add((current.ToString(), matched));
            current.Clear();
            matched = c == Start;
        }
        if (current.Length > 0) segments.Add((current.ToString(), matched));
        return segments;
    }

    public static string Plain(string snippet) => string.Concat(Segments(snippet).Select(s => s.Text));

    /// <summary>Matched words in double asterisks, for JSON, CSV and Markdown readers.</summary>
    public static string Emphasised(string snippet) =>
        string.Concat(Segments(snippet).Select(s => s.Matched ? $"**{s.Text}**" : s.Text));

    /// <summary>HTML-encoded text with matched words in &lt;mark&gt;.</summary>
    public static string Html(string snippet) =>
        string.Concat(Segments(snippet).Select(s => s.Matched ? $"<mark>{WebUtility.HtmlEncode(s.Text)}</mark>" : WebUtility.HtmlEncode(s.Text)));

    /// <summary>The distinct matched words, in order of first appearance.</summary>
    public static IReadOnlyList<string> MatchedWords(string snippet) =>
        Segments(snippet).Where(s => s.Matched).Select(s => s.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
