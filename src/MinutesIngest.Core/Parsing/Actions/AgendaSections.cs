using MinutesIngest.Core.Parsing.Items;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Text;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>
/// Where each numbered agenda entry is minuted when the numbers come from an agenda or contents list and the sections below
/// repeat its titles as unnumbered headings (as minute-taking tools generate pages): an action belongs to the entry whose
/// section it sits in, not to the last line of the list.
/// </summary>
public static class AgendaSections
{
    /// <summary>The items with the line of their section heading in place of their list line, where every match is clear.</summary>
    public static IReadOnlyList<FoundItem> Anchored(IReadOnlyList<FoundItem> items, IReadOnlyList<DocLine> lines)
    {
        if (items.Count < 2) return items;
        var anchored = new List<FoundItem>();
        var used = new HashSet<int>();
        var from = 0;
        foreach (var item in items)
        {
            from = Math.Max(from, item.Line + 1);
            var title = Key(item.Item.Title);
            var at = title.Length == 0 ? -1 : Enumerable.Range(from, Math.Max(0, lines.Count - from))
                .FirstOrDefault(j => lines[j].Origin == LineOrigin.Heading && Key(lines[j].Text) == title, -1);
            anchored.Add(at < 0 ? item : item with { Line = at, Offset = 0 });
            if (at >= 0) { from = at + 1; used.Add(at); }
        }
        // Sections may be minuted in another order than the agenda listed them: an entry passed over above is anchored at
        // the one heading below the list that repeats its title.
        var listEnd = items.Max(i => i.Line) + 1;
        for (var k = 0; k < anchored.Count && used.Count > 0; k++)
        {
            if (used.Contains(anchored[k].Line) || Key(anchored[k].Item.Title) is not { Length: > 0 } title) continue;
            var matches = Enumerable.Range(listEnd, Math.Max(0, lines.Count - listEnd))
                .Where(j => !used.Contains(j) && lines[j].Origin == LineOrigin.Heading && Key(lines[j].Text) == title).Take(2).ToList();
            if (matches.Count != 1) continue;
            anchored[k] = anchored[k] with { Line = matches[0], Offset = 0 };
            used.Add(matches[0]);
        }
        var moved = used.Count;
        // A single repeated title may be chance; a contents list comes back as several sections.
        return moved >= 2 ? anchored.OrderBy(a => a.Line).ThenBy(a => a.Offset).ToList() : items;
    }

    private static string Key(string? text) => string.Join(" ", TextTokens.Of(text ?? "").Order());
}
