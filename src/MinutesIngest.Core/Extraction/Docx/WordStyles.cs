using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MinutesIngest.Core.Extraction.Docx;

/// <summary>Paragraph style lookups: the <c>basedOn</c> chain, heading levels and properties inherited from styles.</summary>
internal sealed partial class WordStyles
{
    // basedOn chains are short in practice; the cap only stops a malicious or broken cycle.
    private const int MaxChainLength = 32;

    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyleId;

    public WordStyles(Styles? styles)
    {
        if (styles is null) return;
        foreach (var style in styles.Elements<Style>())
        {
            var id = style.StyleId?.Value;
            if (id is null || _byId.ContainsKey(id)) continue;
            _byId[id] = style;
            if (style.Type?.Value == StyleValues.Paragraph && style.Default?.Value == true) _defaultParagraphStyleId ??= id;
        }
    }

    public Style? Find(string? styleId) => styleId is not null && _byId.TryGetValue(styleId, out var s) ? s : null;

    /// <summary>The paragraph's style id, or the document's default paragraph style when it names none.</summary>
    public string? ParagraphStyleId(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyleId;

    /// <summary>The style and the styles it is based on, nearest first.</summary>
    public IEnumerable<Style> Chain(string? styleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var style = Find(styleId);
        while (style is not null && seen.Count < MaxChainLength && seen.Add(style.StyleId?.Value ?? ""))
        {
            yield return style;
            style = Find(style.BasedOn?.Val?.Value);
        }
    }

    /// <summary>1-based heading level from a Heading N / Title style or an outline level; null for body text.</summary>
    public int? HeadingLevel(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value;
        if (own is not null) return OutlineToHeading(own.Value);
        foreach (var style in Chain(ParagraphStyleId(paragraph)))
        {
            var named = NamedHeadingLevel(style);
            if (named is not null) return named;
            var outline = style.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
            if (outline is not null) return OutlineToHeading(outline.Value);
        }
        return null;
    }

    /// <summary>Whether the paragraph, directly or through its style, starts on a new page.</summary>
    public bool PageBreakBefore(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.PageBreakBefore;
        if (own is not null) return own.Val?.Value ?? true;
        foreach (var style in Chain(ParagraphStyleId(paragraph)))
        {
            var inherited = style.StyleParagraphProperties?.PageBreakBefore;
            if (inherited is not null) return inherited.Val?.Value ?? true;
        }
        return false;
    }

    // Outline level 9 is Word's "body text"; 0-8 are heading levels 1-9.
    private static int? OutlineToHeading(int outlineLevel) => outlineLevel is >= 0 and <= 8 ? outlineLevel + 1 : null;

    // Built-in style names are stored in English whatever the UI language, so the name is reliable;
    // the id is checked too because some generators write only ids.
    private static int? NamedHeadingLevel(Style style)
    {
        foreach (var name in new[] { style.StyleName?.Val?.Value, style.StyleId?.Value })
        {
            if (name is null) continue;
            if (name.Equals("Title", StringComparison.OrdinalIgnoreCase)) return 1;
            var m = HeadingName().Match(name);
            if (m.Success) return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        return null;
    }

    [GeneratedRegex(@"^heading\s?([1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();
}
