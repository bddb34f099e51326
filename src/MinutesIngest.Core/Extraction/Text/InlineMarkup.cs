using System.Net;
using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Extraction.Text;

/// <summary>Cleans inline markup that leaks into plain text: stray HTML tags, entities, markdown emphasis.</summary>
internal static partial class InlineMarkup
{
    /// <summary>Splits on block-level HTML tags (&lt;p&gt;, &lt;br&gt;, &lt;div&gt;, &lt;li&gt;) and strips every other tag.</summary>
    public static IEnumerable<string> SplitHtmlParagraphs(string text)
    {
        foreach (var part in BlockTag().Split(text))
        {
            var clean = Clean(part);
            if (clean.Length > 0) yield return clean;
        }
    }

    /// <summary>Removes struck-through text, tags and entities, drops markdown bold/italic markers and collapses spaces.</summary>
    /// <remarks>Struck text (markdown ~~x~~ or GitHub's ~x~, a leaked &lt;del&gt;/&lt;s&gt;) is wording the minutes withdrew, dropped as the HTML and DOCX readers drop it.</remarks>
    public static string Clean(string text)
    {
        var s = StruckTag().Replace(text, " ");
        s = StruckMarkdown().Replace(s, " ");
        s = StruckSingleTilde().Replace(s, " ");
        // An autolink ("<https://example.org/notes>") shows its address; read as a tag it would vanish.
        s = Autolink().Replace(s, "$1");
        s = AnyTag().Replace(s, " ");
        s = WebUtility.HtmlDecode(s);
        s = Emphasis().Replace(s, "$2");
        // "**Ann Lee (Acme) - **left early": word processors' exports close bold after the space that ended the run, which
        // Markdown then leaves as text; on one line the two markers still pair.
        s = BoldClosedAfterSpace().Replace(s, "$1 ");
        // Italics ("_Budget_:", "*draft*") open and close outside words; "snake_case" and "Ann*" (a legend's mark) stay.
        s = Italic().Replace(s, "$2");
        // Site generators put an empty permalink before each heading ("### [](…#actions)Actions"): it carries no text.
        s = EmptyLink().Replace(s, "");
        s = WithoutLinks(s);
        // Markdown escapes brackets that would open a link ("\[closed]"): the reader sees the bracket.
        s = EscapedBracket().Replace(s, "$1");
        s = s.Replace('\u00A0', ' ');
        return Spaces().Replace(s, " ").Trim();
    }

    /// <summary>A list entry cleaned by <see cref="Clean"/>; only its task box ("[ ]"), or nothing, when the entry opens struck through.</summary>
    /// <remarks>
    /// A struck task ("1. ~Ann: book the hall~ Booked.") is withdrawn or done, and the words after it remark on it. A box left in
    /// place keeps the entry, so the entries nested under it stay under it.
    /// </remarks>
    public static string CleanEntry(string text) => OpensStruck().Match(text) is { Success: true } m ? m.Groups["box"].Value.Trim() : Clean(text);

    /// <summary>Markdown links and images as the reader sees them: a link's text without its address, an image not at all.</summary>
    /// <remarks>
    /// Minutes kept on wikis and site generators link each person to a profile page ("[Ann Lee](/people/ann/)"); the
    /// address is markup, and left in place it splits names from their lists. The link text may wrap onto the next line.
    /// </remarks>
    public static string WithoutLinks(string text) => Link().Replace(Image().Replace(text, ""), "$1");

    /// <summary>True when a line is a single link with nothing around it.</summary>
    public static bool IsLinkOnly(string line) => Link().Match(line.Trim()) is { Success: true } m && m.Length == line.Trim().Length;

    /// <summary>Drops bold markers and link markup that open on one line of a paragraph and close on a later line of it.</summary>
    /// <remarks>
    /// Markdown lets emphasis span a hard line break ("**CLUB BOARD MEETING  ⏎LIBRARY⏎TUESDAY, 6 OCTOBER**"), as converters
    /// write a bold letterhead; <see cref="Clean"/> sees one line at a time and leaves such markers unpaired.
    /// </remarks>
    public static List<string> WithoutSpanningEmphasis(IReadOnlyList<string> lines)
    {
        var joined = string.Join("\n", lines);
        var stripped = WithoutLinks(SpanningEmphasis().Replace(joined, "$2"));
        return stripped == joined ? [.. lines] : [.. stripped.Split('\n').Select(l => Spaces().Replace(l, " ").Trim())];
    }

    [GeneratedRegex(@"</?(?:p|br|div|li|ul|ol|tr|h[1-6])\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<(del|s|strike)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex StruckTag();

    [GeneratedRegex(@"~~(?=[^\s~])(.+?)(?<=[^\s~])~~")]
    private static partial Regex StruckMarkdown();

    // GitHub renders one tilde as two, around whole words only: "~5 min" or "~/notes" open no span.
    [GeneratedRegex(@"(?<![~\w\\])~(?=[^\s~])([^~\n]+?)(?<=[^\s~])~(?![~\w])")]
    private static partial Regex StruckSingleTilde();

    [GeneratedRegex(@"^\s*(?<box>\[[ xX]?\]\s*)?(~~?)(?=[^\s~])[^~\n]+?(?<=[^\s~])\1(?![~\w])")]
    private static partial Regex OpensStruck();

    [GeneratedRegex(@"<((?:https?|ftp)://[^<>\s]+|mailto:[^<>\s]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>", RegexOptions.IgnoreCase)]
    private static partial Regex Autolink();

    [GeneratedRegex(@"</?[a-zA-Z][^<>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\*\*(?=\S)([^*\n]+?)\s+\*\*")]
    private static partial Regex BoldClosedAfterSpace();

    [GeneratedRegex(@"(?<![\w*_\\])([*_])(?=[^\s*_])([^*_\n]+?)(?<=[^\s*_])\1(?![\w*_])")]
    private static partial Regex Italic();

    // Markers on different lines: the opener before a word, at least one line break, the closer after a word.
    [GeneratedRegex(@"(\*\*|__)(?=\S)([^\n]*\n[\s\S]*?)(?<=\S)\1")]
    private static partial Regex SpanningEmphasis();

    [GeneratedRegex(@"\[\]\([^()\s]*\)")]
    private static partial Regex EmptyLink();

    // "[text](address)" with an optional title; the text holds no brackets and may hold one line break.
    [GeneratedRegex(@"(?<!!)\[([^\[\]\n]+(?:\n[^\[\]\n]+)?)\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"!\[[^\[\]\n]*\]\([^()\s]+(?:\s+""[^""]*"")?\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\\([\[\]])")]
    private static partial Regex EscapedBracket();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
