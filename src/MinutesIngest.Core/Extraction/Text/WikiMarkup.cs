using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Extraction.Text;

/// <summary>Rewrites MediaWiki markup (club and hackerspace wikis keep their minutes so) into the Markdown the block builder reads.</summary>
/// <remarks>"=== Old Business ===" is a heading, ":* text" and "** text" are bullets nested by the run of marks, and a
/// "{{Meeting |Date=… |Time=…}}" template opening the page is the meeting's record as label/value lines. Only a text that
/// shows wiki headings or indented bullets is rewritten, so Markdown's "**bold**" and Org's "** Heading" keep their reading.</remarks>
internal static partial class WikiMarkup
{
    /// <summary>Rewrites the lines from <paramref name="start"/> in place when the text is written in wiki markup.</summary>
    public static void Unmark(string[] lines, int start)
    {
        for (var i = start; i < lines.Length; i++)
            if (RawInline().IsMatch(lines[i].Trim()) || MagicWord().IsMatch(lines[i].Trim())) lines[i] = "";
        if (!IsWiki(lines, start)) return;
        for (var i = start; i < lines.Length; i++)
        {
            var t = lines[i].Trim();
            if (TemplateOpen().IsMatch(t) && TemplateEnd(lines, i) is var end and > 0)
            {
                // "{{Meeting" … "|Date=2013/01/14" … "}}": each parameter a label line; the template's name is no text.
                lines[i] = "";
                for (var k = i + 1; k < end; k++)
                    lines[k] = TemplateParameter().Match(lines[k].Trim()) is { Success: true } f ? f.Groups["key"].Value.Trim() + ": " + f.Groups["value"].Value.Trim() : lines[k];
                lines[end] = "";
                i = end;
                continue;
            }
            if (Heading().Match(t) is { Success: true } h)
                lines[i] = new string('#', Math.Min(h.Groups["marks"].Length, 6)) + " " + Quotes(h.Groups["text"].Value.Trim());
            else if (Bullet().Match(t) is { Success: true } b)
                // ":*" indents a first-level bullet; each further mark nests it one level deeper.
                lines[i] = new string(' ', 2 * (b.Groups["marks"].Length - (b.Groups["marks"].Value[0] == ':' ? 2 : 1))) + "- " + Quotes(b.Groups["text"].Value.Trim());
            else if (Indented().Match(t) is { Success: true } d)
                lines[i] = Quotes(d.Groups["text"].Value.Trim());
            else lines[i] = Quotes(lines[i]);
        }
    }

    private static bool IsWiki(string[] lines, int start)
    {
        var marks = 0;
        for (var i = start; i < lines.Length; i++)
        {
            var t = lines[i].Trim();
            if (Heading().IsMatch(t) || IndentedBullet().IsMatch(t)) marks++;
            if (marks >= MinMarks) return true;
        }
        return false;
    }

    /// <summary>Wiki headings or indented bullets needed before a text is read as wiki markup.</summary>
    private const int MinMarks = 2;

    private static int TemplateEnd(string[] lines, int open)
    {
        for (var k = open + 1; k < lines.Length && k <= open + MaxTemplateLines; k++)
        {
            var t = lines[k].Trim();
            if (t == "}}") return k;
            if (!t.StartsWith('|')) return -1;
        }
        return -1;
    }

    /// <summary>The most field lines a meeting template holds.</summary>
    private const int MaxTemplateLines = 30;

    // '''bold''' and ''italic'' are emphasis marks, not text.
    private static string Quotes(string text) => Emphasis().Replace(text, "");

    [GeneratedRegex(@"^(?<marks>={1,6})\s*(?<text>[^=].*?)\s*\k<marks>$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<marks>[:*]*\*)\s*(?<text>\S.*)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^:+\s*[*#]")]
    private static partial Regex IndentedBullet();

    [GeneratedRegex(@"^:+\s*(?<text>\S.*)$")]
    private static partial Regex Indented();

    [GeneratedRegex(@"^\{\{\s*[\w ]+$")]
    private static partial Regex TemplateOpen();

    [GeneratedRegex(@"^\|\s*(?<key>[\w ]{1,30}?)\s*=\s*(?<value>.*)$")]
    private static partial Regex TemplateParameter();

    [GeneratedRegex(@"'{2,3}")]
    private static partial Regex Emphasis();

    // Pandoc's raw inline of another format ("`{{TOCright}}`{=mediawiki}") is not shown in this one.
    [GeneratedRegex(@"^`[^`]+`\{=\w+\}$")]
    private static partial Regex RawInline();

    // A line that is only a layout template or switch ("{{TOCright}}", "__NOTOC__") shows no text.
    [GeneratedRegex(@"^(?:\{\{[\w ]+\}\}|__[A-Z]+__)$")]
    private static partial Regex MagicWord();
}
