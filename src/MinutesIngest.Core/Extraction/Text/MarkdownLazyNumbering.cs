using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Extraction.Text;

/// <summary>
/// Markdown's ordered lists written with one number repeated ("1." on every line, nested lists indented under their item):
/// a renderer numbers them 1, 2, 3 and readers cite the rendered numbers, so each item gets the number it is shown with.
/// </summary>
internal static partial class MarkdownLazyNumbering
{
    /// <summary>One rendered list item: its nesting depth, its rendered number ("3." or "1.2") and its text.</summary>
    public readonly record struct RenderedItem(int Level, string Number, string Text, int ContentIndent);

    // How far a nested list may be indented past its parent's marker and still belong to it.
    private const int MaxNestedIndent = 8;

    /// <summary>
    /// The rendered items of every ordered list whose written numbers repeat or go back among siblings, by line index. Lists
    /// numbered as they render (1, 2, 3) are left out: their written numbers already are what a reader sees.
    /// </summary>
    public static Dictionary<int, RenderedItem> Render(ReadOnlySpan<string> lines)
    {
        var result = new Dictionary<int, RenderedItem>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (Ordered().Match(lines[i]) is not { Success: true } first) continue;
            var baseIndent = TextBlockBuilder.Indent(first.Groups["indent"].Value);
            var items = new List<(int Line, int Indent, int Written, Match M)>();
            var j = i;
            while (j < lines.Length)
            {
                if (lines[j].Trim().Length == 0)
                {
                    var k = j;
                    while (k < lines.Length && lines[k].Trim().Length == 0) k++;
                    if (k < lines.Length && Ordered().Match(lines[k]) is { Success: true } after
                        && TextBlockBuilder.Indent(after.Groups["indent"].Value) is var ai && ai >= baseIndent && ai <= baseIndent + MaxNestedIndent) { j = k; continue; }
                    break;
                }
                var indent = TextBlockBuilder.Indent(lines[j]);
                if (Ordered().Match(lines[j]) is { Success: true } m && indent >= baseIndent)
                    items.Add((j, indent, int.Parse(m.Groups["n"].Value), m));
                else if (indent <= baseIndent) break;
                j++;
            }
            if (items.Count >= 2 && RepeatsAmongSiblings(items.Select(t => (t.Indent, t.Written)).ToList()))
                foreach (var (line, item) in Rendered(items)) result[line] = item;
            i = Math.Max(i, j - 1);
        }
        return result;
    }

    // True when some list's next sibling is written with a number no greater than the one before it ("1.", "1.").
    private static bool RepeatsAmongSiblings(List<(int Indent, int Written)> items)
    {
        var stack = new List<(int Indent, int Last)>();
        foreach (var (indent, written) in items)
        {
            while (stack.Count > 0 && stack[^1].Indent > indent) stack.RemoveAt(stack.Count - 1);
            if (stack.Count > 0 && stack[^1].Indent == indent)
            {
                if (written <= stack[^1].Last) return true;
                stack[^1] = (indent, written);
            }
            else stack.Add((indent, written));
        }
        return false;
    }

    private static IEnumerable<(int Line, RenderedItem Item)> Rendered(List<(int Line, int Indent, int Written, Match M)> items)
    {
        // Each open level's indent and counter; a nested list starts at its first written number, as Markdown renders it.
        var stack = new List<(int Indent, int Counter)>();
        foreach (var (line, indent, written, m) in items)
        {
            while (stack.Count > 0 && stack[^1].Indent > indent) stack.RemoveAt(stack.Count - 1);
            if (stack.Count > 0 && stack[^1].Indent == indent) stack[^1] = (indent, stack[^1].Counter + 1);
            else stack.Add((indent, written));
            var number = stack.Count == 1 ? stack[0].Counter + "." : string.Join(".", stack.Select(s => s.Counter));
            yield return (line, new RenderedItem(stack.Count - 1, number, m.Groups["text"].Value.Trim(), indent + m.Groups["marker"].Length + 1));
        }
    }

    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<marker>(?<n>\d{1,3})[.)])\s+(?<text>\S.*)$")]
    private static partial Regex Ordered();
}
