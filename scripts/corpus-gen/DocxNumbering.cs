using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusGen;

/// <summary>Builds numbering.xml from "@list" directives: named lists, restarts and numbering-style links.</summary>
internal sealed class DocxNumbering
{
    private readonly List<AbstractNum> _abstracts = [];
    private readonly List<NumberingInstance> _instances = [];
    private readonly Dictionary<string, int> _abstractOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _currentNum = new(StringComparer.Ordinal);
    private readonly List<Style> _numberingStyles = [];

    public IReadOnlyList<Style> NumberingStyles => _numberingStyles;

    public bool IsEmpty => _instances.Count == 0;

    /// <summary>Defines list <paramref name="name"/>; with <paramref name="viaStyle"/> the levels live on a
    /// numbering style and the list's own abstractNum only links to it, as Word writes "list styles".</summary>
    public void Define(string name, string kind, bool viaStyle)
    {
        var levels = Levels(kind);
        int abstractId;
        if (viaStyle)
        {
            var styleId = "ListStyle" + Capitalise(name);
            var owner = NewAbstract(levels);
            owner.Append(new StyleLink { Val = styleId });
            MoveStyleLinkFirst(owner);
            var ownerNum = NewInstance(owner.AbstractNumberId!.Value);
            _numberingStyles.Add(new Style(
                new StyleName { Val = "List " + name },
                new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = ownerNum })))
            { Type = StyleValues.Numbering, StyleId = styleId, CustomStyle = true });

            var linked = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.Multilevel }, new NumberingStyleLink { Val = styleId })
            { AbstractNumberId = _abstracts.Count };
            _abstracts.Add(linked);
            abstractId = linked.AbstractNumberId!.Value;
        }
        else
        {
            abstractId = NewAbstract(levels).AbstractNumberId!.Value;
        }

        _abstractOf[name] = abstractId;
        _currentNum[name] = NewInstance(abstractId);
    }

    /// <summary>Makes the next paragraphs of list <paramref name="name"/> start again at 1 (a new w:num with startOverride).</summary>
    public void Restart(string name)
    {
        var abstractId = _abstractOf[name];
        var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = _instances.Count + 1 };
        for (var level = 0; level < 3; level++)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = level });
        }

        _instances.Add(instance);
        _currentNum[name] = instance.NumberID!.Value;
    }

    public int NumIdOf(string name) =>
        _currentNum.TryGetValue(name, out var id) ? id : throw new InvalidOperationException($"list '{name}' is not defined");

    public Numbering Build()
    {
        var numbering = new Numbering();
        foreach (var a in _abstracts)
        {
            numbering.Append(a);
        }

        foreach (var n in _instances)
        {
            numbering.Append(n);
        }

        return numbering;
    }

    private AbstractNum NewAbstract(IEnumerable<Level> levels)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.Multilevel }) { AbstractNumberId = _abstracts.Count };
        foreach (var level in levels)
        {
            abstractNum.Append(level);
        }

        _abstracts.Add(abstractNum);
        return abstractNum;
    }

    private int NewInstance(int abstractId)
    {
        var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = _instances.Count + 1 };
        _instances.Add(instance);
        return instance.NumberID!.Value;
    }

    // Schema order inside abstractNum: multiLevelType, styleLink, then lvl elements.
    private static void MoveStyleLinkFirst(AbstractNum abstractNum)
    {
        var link = abstractNum.GetFirstChild<StyleLink>()!;
        link.Remove();
        abstractNum.InsertAfter(link, abstractNum.GetFirstChild<MultiLevelType>());
    }

    private static IEnumerable<Level> Levels(string kind) => kind switch
    {
        "multilevel" =>
        [
            MakeLevel(0, NumberFormatValues.Decimal, "%1.", 0),
            MakeLevel(1, NumberFormatValues.Decimal, "%1.%2", 1),
            MakeLevel(2, NumberFormatValues.Decimal, "%1.%2.%3", 2),
        ],
        "decimal" =>
        [
            MakeLevel(0, NumberFormatValues.Decimal, "%1.", 0),
            MakeLevel(1, NumberFormatValues.LowerLetter, "(%2)", 1),
            MakeLevel(2, NumberFormatValues.LowerRoman, "%3.", 2),
        ],
        "letter" =>
        [
            MakeLevel(0, NumberFormatValues.LowerLetter, "(%1)", 0),
            MakeLevel(1, NumberFormatValues.LowerRoman, "%2.", 1),
            MakeLevel(2, NumberFormatValues.Decimal, "%3.", 2),
        ],
        "roman" =>
        [
            MakeLevel(0, NumberFormatValues.UpperRoman, "%1.", 0),
            MakeLevel(1, NumberFormatValues.UpperLetter, "%2.", 1),
            MakeLevel(2, NumberFormatValues.Decimal, "%3.", 2),
        ],
        _ => throw new InvalidOperationException($"unknown list kind '{kind}'"),
    };

    private static Level MakeLevel(int index, NumberFormatValues format, string text, int depth) =>
        new(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = (720 + depth * 567).ToString(), Hanging = "720" }))
        { LevelIndex = index };

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
