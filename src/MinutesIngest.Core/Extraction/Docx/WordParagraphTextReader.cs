using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using MathText = DocumentFormat.OpenXml.Math.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace MinutesIngest.Core.Extraction.Docx;

/// <summary>
/// Reads the text a paragraph displays: runs, tabs, line breaks and symbols; inserted text kept,
/// deleted, moved-away and struck-through text dropped; of a field only its displayed result.
/// </summary>
/// <remarks>
/// A struck-through run is the hand-made form of a tracked deletion (a withdrawn name, a cancelled action), so it is
/// dropped the same way: no rule reads it and search does not find what the document took back.
/// </remarks>
internal sealed class WordParagraphTextReader
{
    private const int MaxInlineDepth = 64;

    private readonly StringBuilder _text = new();
    // One entry per open complex field: false while reading its instruction, true once in its result.
    private readonly List<bool> _fields = [];
    private int _breaksBefore;
    private int _breaksAfter;

    private WordParagraphTextReader() { }

    public static WordParagraphContent Read(Paragraph paragraph)
    {
        var reader = new WordParagraphTextReader();
        reader.Visit(paragraph);
        return new WordParagraphContent(Normalise(reader._text.ToString()), reader._breaksBefore, reader._breaksAfter);
    }

    private bool Visible => _fields.TrueForAll(inResult => inResult);

    private void Visit(OpenXmlElement element, int depth = 0)
    {
        // Inline wrappers (hyperlinks, content controls, smart tags) nest a few levels in real
        // documents; the cap keeps hostile nesting from exhausting the stack.
        if (depth > MaxInlineDepth) return;
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Run { RunProperties.Vanish: { } hidden } when hidden.Val?.Value ?? true:
                case Run { RunProperties: { } struck } when IsStruck(struck):
                case ParagraphProperties or RunProperties:
                case DeletedRun or MoveFromRun or DeletedText or FieldCode or DeletedFieldCode:
                // Text boxes and embedded objects are drawn outside the paragraph's line; their
                // Choice/Fallback copies would also duplicate the text.
                case Drawing or Picture or EmbeddedObject or AlternateContent:
                    break;
                case FieldChar fc: OnFieldChar(fc); break;
                case WordText t: Append(t.Text); break;
                case MathText mt: Append(mt.Text); break;
                case TabChar or PositionalTab: Append("\t"); break;
                case CarriageReturn: Append("\n"); break;
                case Break br: OnBreak(br); break;
                case NoBreakHyphen: Append("-"); break;
                case SymbolChar sym: Append(SymbolText(sym)); break;
                default: Visit(child, depth + 1); break;
            }
        }
    }

    // w:strike and w:dstrike are toggles: present without w:val means on.
    private static bool IsStruck(RunProperties props) =>
        (props.Strike is { } single && (single.Val?.Value ?? true))
        || (props.DoubleStrike is { } both && (both.Val?.Value ?? true));

    private void OnFieldChar(FieldChar fc)
    {
        var type = fc.FieldCharType?.Value;
        if (type == FieldCharValues.Begin) _fields.Add(false);
        else if (type == FieldCharValues.Separate && _fields.Count > 0) _fields[^1] = true;
        else if (type == FieldCharValues.End && _fields.Count > 0) _fields.RemoveAt(_fields.Count - 1);
    }

    private void OnBreak(Break br)
    {
        if (br.Type?.Value == BreakValues.Page)
        {
            if (_text.ToString().Trim().Length == 0) _breaksBefore++;
            else _breaksAfter++;
        }
        Append("\n");
    }

    private void Append(string? s)
    {
        if (!string.IsNullOrEmpty(s) && Visible) _text.Append(s);
    }

    // w:sym codes for Symbol/Wingdings fonts sit in the private-use area (F0xx) and mean different
    // glyphs per font; only the common bullet and arrow shapes are worth mapping.
    private static string SymbolText(SymbolChar sym)
    {
        if (!int.TryParse(sym.Char?.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)) return "";
        if (code is < 0xF000 and >= 0x20 and not (>= 0xD800 and <= 0xDFFF)) return ((char)code).ToString();
        return code switch
        {
            0xF0B7 or 0xF0A7 or 0xF06C or 0xF09F => "•",
            0xF0D8 or 0xF0E0 or 0xF0AE => "→",
            0xF0FC => "✓",
            0xF02D => "-",
            _ => "",
        };
    }

    // Lines keep their order; spaces collapse, tab runs become one tab, blank lines go.
    private static string Normalise(string raw)
    {
        var lines = new List<string>();
        foreach (var line in raw.Replace('\u00A0', ' ').Split('\n'))
        {
            var sb = new StringBuilder(line.Length);
            foreach (var c in line)
            {
                if (c is ' ' or '\t')
                {
                    if (sb.Length > 0 && sb[^1] is ' ' or '\t')
                    {
                        if (c == '\t') sb[^1] = '\t';
                        continue;
                    }
                }
                sb.Append(c);
            }
            var trimmed = sb.ToString().Trim(' ', '\t');
            if (trimmed.Length > 0) lines.Add(trimmed);
        }
        return string.Join("\n", lines);
    }
}
