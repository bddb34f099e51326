using HtmlAgilityPack;

namespace MinutesIngest.Core.Extraction.Html;

/// <summary>
/// Counters of the lists currently open while walking a page, producing each item's printed number.
/// Nested decimal lists get the full path ("8.3.1") so the hierarchy survives; letters and roman
/// numerals keep their own label ("a.", "iv.").
/// </summary>
/// <remarks>
/// Word processors export a list that continues after an interruption as a fresh &lt;ol&gt; whose first
/// child is another &lt;ol&gt; (no &lt;li&gt; of its own). Such wrapper levels take the last counter seen
/// at their depth, so the items inside continue the earlier outline instead of restarting at 1.
/// </remarks>
internal sealed class HtmlListNumbering
{
    private sealed class Level(HtmlListStyle style, int? counter, int step)
    {
        public HtmlListStyle Style { get; } = style;
        public int? Counter { get; set; } = counter;
        public int Step { get; } = step;
    }

    private readonly List<Level> _open = [];
    private readonly List<int?> _lastCounters = [];

    /// <summary>Nesting depth of the innermost open list, 0 for a top-level list.</summary>
    public int Depth => Math.Max(0, _open.Count - 1);

    /// <summary>Opens an ol/ul (or menu/dir) element.</summary>
    public void Enter(HtmlNode list)
    {
        var ordered = list.Name == "ol";
        var style = HtmlListLabel.StyleOf(list) ?? (ordered ? HtmlListStyle.Decimal : HtmlListStyle.Bullet);
        var reversed = ordered && list.Attributes.Contains("reversed");
        var step = reversed ? -1 : 1;
        var depth = _open.Count;

        var start = HtmlListLabel.IntAttribute(list, "start");
        int? counter;
        // A wrapper stands for the item it nests under: its start (as LibreOffice writes it) or the last counter at its depth.
        if (style != HtmlListStyle.Bullet && IsWrapper(list)) counter = start ?? (depth < _lastCounters.Count ? _lastCounters[depth] : null);
        else if (start is { } first) counter = first - step;
        else if (reversed) counter = HtmlText.ChildElements(list).Count(e => e.Name == "li") + 1;
        else counter = 0;
        _open.Add(new Level(style, counter, step));
    }

    /// <summary>Closes the innermost list.</summary>
    public void Exit() => _open.RemoveAt(_open.Count - 1);

    /// <summary>Advances the innermost list's counter for this li and returns its printed label, or null for a bullet.</summary>
    public string? Next(HtmlNode item)
    {
        if (_open.Count == 0) return null;
        var level = _open[^1];
        var style = HtmlListLabel.StyleOf(item) ?? level.Style;
        if (style == HtmlListStyle.Bullet) return null;

        level.Counter = HtmlListLabel.IntAttribute(item, "value") ?? (level.Counter ?? 0) + level.Step;
        var depth = _open.Count - 1;
        if (_lastCounters.Count > depth) _lastCounters.RemoveRange(depth, _lastCounters.Count - depth);
        while (_lastCounters.Count < depth) _lastCounters.Add(null);
        _lastCounters.Add(level.Counter);

        if (style != HtmlListStyle.Decimal) return HtmlListLabel.Render(level.Counter.Value, style) + ".";
        var path = new List<int> { level.Counter.Value };
        for (var i = _open.Count - 2; i >= 0 && _open[i] is { Style: HtmlListStyle.Decimal, Counter: { } parent }; i--)
            path.Insert(0, parent);
        return path.Count == 1 ? path[0] + "." : string.Join(".", path);
    }

    // A list whose first content is another list only supplies an outline level for it.
    private static bool IsWrapper(HtmlNode list)
    {
        foreach (var child in list.ChildNodes)
        {
            if (child is HtmlTextNode t && string.IsNullOrWhiteSpace(HtmlText.Decoded(t))) continue;
            if (child.NodeType == HtmlNodeType.Comment) continue;
            return child.Name is "ol" or "ul";
        }
        return false;
    }
}
