using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MinutesIngest.Core.Extraction.Docx;

/// <summary>
/// Reproduces Word's automatic list numbering, which lives only in numbering.xml, not in the text.
/// Feed it every paragraph of the body in document order (table paragraphs included, empty ones too:
/// an empty numbered paragraph still takes a number).
/// </summary>
/// <remarks>
/// Rules, chosen because together they reproduce LibreOffice's rendering: a paragraph's own numPr wins,
/// else its style chain's; numId 0 switches numbering off; counters belong to the abstract definition,
/// so two w:num sharing one abstractNum continue one list; a startOverride restarts its level the first
/// time its numId is used; using a level restarts the deeper ones unless their lvlRestart says otherwise.
/// </remarks>
internal sealed class WordNumberingRenderer
{
    private const int LevelCount = 9;
    // numStyleLink chains are one hop in practice; the cap stops a broken cycle.
    private const int MaxStyleLinkHops = 8;

    private readonly WordStyles _styles;
    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, ResolvedList?> _resolved = [];
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _seenNumIds = [];

    public WordNumberingRenderer(Numbering? numbering, WordStyles styles)
    {
        _styles = styles;
        if (numbering is null) return;
        foreach (var a in numbering.Elements<AbstractNum>())
            if (a.AbstractNumberId?.Value is { } id) _abstracts.TryAdd(id, a);
        foreach (var n in numbering.Elements<NumberingInstance>())
            if (n.NumberID?.Value is { } id) _instances.TryAdd(id, n);
    }

    /// <summary>Advances the list counters for this paragraph and returns its printed marker, or null when it is not a list paragraph.</summary>
    public WordListLabel? Next(Paragraph paragraph)
    {
        var (numId, ilvl) = ListReference(paragraph);
        if (numId is null or 0) return null;
        var list = Resolve(numId.Value);
        if (list is null) return null;

        var counters = CountersFor(list.AbstractId);
        if (_seenNumIds.Add(numId.Value))
            foreach (var overridden in list.StartOverrides)
                for (var deeper = overridden; deeper < LevelCount; deeper++) counters[deeper] = null;

        var lvl = Math.Clamp(ilvl ?? list.LevelForStyle(_styles.Chain(_styles.ParagraphStyleId(paragraph))) ?? 0, 0, LevelCount - 1);
        // A level used before its parents were counts them as used at their start value ("1.1" then "2.").
        for (var shallower = 0; shallower < lvl; shallower++) counters[shallower] ??= list.Levels[shallower].Start;
        counters[lvl] = counters[lvl] is { } current ? current + 1 : list.Levels[lvl].Start;
        for (var deeper = lvl + 1; deeper < LevelCount; deeper++)
            if (list.Levels[deeper].RestartsAfter(lvl, deeper)) counters[deeper] = null;

        var level = list.Levels[lvl];
        if (level.IsBullet) return new WordListLabel(lvl, null);
        return new WordListLabel(lvl, RenderText(level, list, counters).Trim());
    }

    private (int? NumId, int? Ilvl) ListReference(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        int? numId = own?.NumberingId?.Val?.Value;
        int? ilvl = own?.NumberingLevelReference?.Val?.Value;
        if (numId is not null && ilvl is not null) return (numId, ilvl);
        foreach (var style in _styles.Chain(_styles.ParagraphStyleId(paragraph)))
        {
            var inherited = style.StyleParagraphProperties?.NumberingProperties;
            if (inherited is null) continue;
            numId ??= inherited.NumberingId?.Val?.Value;
            ilvl ??= inherited.NumberingLevelReference?.Val?.Value;
            if (numId is not null && ilvl is not null) break;
        }
        return (numId, ilvl);
    }

    private static string RenderText(WordListLevel level, ResolvedList list, int?[] counters)
    {
        var text = level.Text ?? "";
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var n = text[i + 1] - '1';
                var shown = list.Levels[n];
                var value = counters[n] ?? shown.Start;
                sb.Append(WordNumberFormat.Format(value, level.IsLegal ? "decimal" : shown.Format));
                i++;
            }
            else sb.Append(text[i]);
        }
        return sb.ToString();
    }

    private int?[] CountersFor(int abstractId)
    {
        if (!_counters.TryGetValue(abstractId, out var counters))
            _counters[abstractId] = counters = new int?[LevelCount];
        return counters;
    }

    private ResolvedList? Resolve(int numId)
    {
        if (_resolved.TryGetValue(numId, out var cached)) return cached;
        ResolvedList? result = null;
        if (_instances.TryGetValue(numId, out var instance))
        {
            var abstractNum = FollowStyleLink(instance);
            if (abstractNum?.AbstractNumberId?.Value is { } abstractId)
                result = BuildList(abstractId, abstractNum, instance);
        }
        _resolved[numId] = result;
        return result;
    }

    // An abstractNum with numStyleLink is only a pointer: the real levels sit on the abstractNum
    // reached through the numbering style's own numPr.
    private AbstractNum? FollowStyleLink(NumberingInstance instance)
    {
        var abstractNum = instance.AbstractNumId?.Val?.Value is { } id && _abstracts.TryGetValue(id, out var a) ? a : null;
        for (var hop = 0; hop < MaxStyleLinkHops && abstractNum?.NumberingStyleLink?.Val?.Value is { } styleId; hop++)
        {
            var linkedNumId = _styles.Find(styleId)?.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value;
            if (linkedNumId is null || !_instances.TryGetValue(linkedNumId.Value, out var linked)) break;
            var next = linked.AbstractNumId?.Val?.Value is { } nextId && _abstracts.TryGetValue(nextId, out var b) ? b : null;
            if (next is null || ReferenceEquals(next, abstractNum)) break;
            abstractNum = next;
        }
        return abstractNum;
    }

    private static ResolvedList BuildList(int abstractId, AbstractNum abstractNum, NumberingInstance instance)
    {
        var levels = new WordListLevel[LevelCount];
        Array.Fill(levels, WordListLevel.Missing);
        var defined = new bool[LevelCount];
        foreach (var lvl in abstractNum.Elements<Level>())
            if (lvl.LevelIndex?.Value is >= 0 and < LevelCount and var i && !defined[i])
            {
                levels[i] = WordListLevel.From(lvl, WordListLevel.Missing);
                defined[i] = true;
            }

        var startOverrides = new List<int>();
        foreach (var ov in instance.Elements<LevelOverride>())
        {
            if (ov.LevelIndex?.Value is not (>= 0 and < LevelCount and var i)) continue;
            if (ov.Level is { } replacement) levels[i] = WordListLevel.From(replacement, levels[i]);
            if (ov.StartOverrideNumberingValue?.Val?.Value is { } start)
            {
                levels[i] = levels[i] with { Start = start };
                startOverrides.Add(i);
            }
        }
        return new ResolvedList(abstractId, levels, startOverrides);
    }

    /// <summary>A w:num resolved to the abstract definition that owns its counters, with its overrides applied.</summary>
    private sealed record ResolvedList(int AbstractId, WordListLevel[] Levels, IReadOnlyList<int> StartOverrides)
    {
        // A style-linked list names, on each level, the paragraph style that uses it.
        public int? LevelForStyle(IEnumerable<Style> styleChain)
        {
            foreach (var style in styleChain)
                for (var i = 0; i < Levels.Length; i++)
                    if (Levels[i].StyleId is { } id && id == style.StyleId?.Value) return i;
            return null;
        }
    }
}
