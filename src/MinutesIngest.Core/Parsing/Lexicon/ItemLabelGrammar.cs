using System.Globalization;
using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Lexicon;

/// <summary>
/// The grammar of item labels, written once for the extractors, the OCR repair and the parser: which schemes
/// minutes number their items with (<see cref="NumberScheme"/>), how a label is read at the start of a line or
/// from a rendered list number or a number cell, and how it is normalised (as printed, without its delimiter).
/// </summary>
public static partial class ItemLabelGrammar
{
    /// <summary>Reads a label at the start of <paramref name="text"/>; text must follow unless the label is delimited ("2.").</summary>
    public static NumberedLine? ReadLineStart(string text) => Parse(WithoutQuoteBar(text), requireRest: true);

    /// <summary>Reads a label printed apart from its text (Word/HTML auto-numbering, a number cell, a margin); the whole text is the rest.</summary>
    public static NumberedLine? ReadRendered(string label, string text)
    {
        var parsed = Parse(label.Trim() + " ", requireRest: false);
        return parsed == null ? null : parsed with { Rest = text.Trim() };
    }

    private static NumberedLine? Parse(string text, bool requireRest)
    {
        Match m;
        if ((m = Labelled().Match(text)).Success) return Line(m, NumberScheme.Labelled, true);
        if ((m = Reference().Match(text)).Success) return Line(m, NumberScheme.Reference, true);
        if ((m = Slash().Match(text)).Success) return Line(m, NumberScheme.Slash, true);
        if ((m = Parenthesised().Match(text)).Success && (!requireRest || Rest(m).Length > 0)) return Line(m, NumberScheme.Decimal, true);
        // A number alone on its line ("2.", "4)") heads the lines that follow; a bare "12" is more likely a page number.
        if ((m = Decimal().Match(text)).Success && (!requireRest || Rest(m).Length > 0 || m.Groups["d"].Success))
        {
            // "6.45 – 8.15 p.m. on Zoom", "7.05 pm The chair opened the meeting": a clock time opens the line, not a minute's number.
            if (requireRest && ClockTime().IsMatch(text)) return null;
            var n = m.Groups["n"].Value;
            if (n.Split('.').Any(p => p.Length > 3)) return null;
            return Line(m, NumberScheme.Decimal, m.Groups["d"].Success || n.Contains('.'));
        }
        // "2659. Police report": councils number minutes in one run over the years, into four digits; a year is not one.
        if ((m = RunningMinute().Match(text)).Success && int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) is < 1900 or > 2100)
            return Line(m, NumberScheme.Decimal, true);
        if ((m = Compound().Match(text)).Success) return Line(m, NumberScheme.Compound, true);
        // Set apart from its text (a number cell, a list label) a letter part may be lower case ("4a"): no word follows to misread.
        if (!requireRest && (m = CompoundAlone().Match(text)).Success) return Line(m, NumberScheme.Compound, true);
        if ((m = RomanWithPart().Match(text)).Success)
            return new NumberedLine(ChildNumber(m.Groups["n"].Value, m.Groups["sub"].Value), NumberScheme.Roman, Rest(m), true);
        if ((m = Roman().Match(text)).Success && (!requireRest || Rest(m).Length > 0)) return Line(m, NumberScheme.Roman, true);
        if ((m = Letter().Match(text)).Success && (!requireRest || Rest(m).Length > 0)) return Line(m, NumberScheme.Letter, true);
        return null;
    }

    [GeneratedRegex(@"^\s*\d{1,2}(?:[.:][0-5]\d)?\s*(?:[–—-]|to)\s*\d{1,2}(?:[.:][0-5]\d)?\s*(?:[ap]\.?\s?m\b\.?|hrs?\b)|^\s*\d{1,2}[.:][0-5]\d\s*(?:[ap]\.?\s?m\b\.?|hrs?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    private static NumberedLine Line(Match m, NumberScheme scheme, bool delimited) => new(m.Groups["n"].Value, scheme, Rest(m), delimited);

    private static string Rest(Match m) => m.Groups["rest"].Value.Trim();

    // Plain-text minutes quoted or boxed with a bar ("| 2. Minutes", "> 3. Finance") keep their labels behind it;
    // a line that also ends with a bar is a table row, not a quoted label.
    private static string WithoutQuoteBar(string text)
    {
        var m = QuoteBar().Match(text);
        return m.Success && !text.TrimEnd().EndsWith('|') ? text[m.Length..] : text;
    }

    /// <summary>The parts of a decimal number ("6.1.2" → [6,1,2]); null when it is not one.</summary>
    public static int[]? DecimalParts(string number)
    {
        var parts = number.Split('.');
        var values = new int[parts.Length];
        for (var k = 0; k < parts.Length; k++)
            if (parts[k].Length is 0 or > 4 || (parts[k].Length == 4 && parts.Length > 1) || !int.TryParse(parts[k], NumberStyles.None, CultureInfo.InvariantCulture, out values[k])) return null;
        return values;
    }

    /// <summary>A sub-item's number, normalised as the contract wants: parent + "." + child ("7" + "a" → "7.a").</summary>
    public static string ChildNumber(string parent, string child) => $"{parent}.{child}";

    /// <summary>True for a cell or margin holding only a label ("2.1", "3.", "(b)", "iv", "23/045", "GB 12/2024", "Item 4").</summary>
    public static bool IsLabelOnly(string text) => LabelOnly().IsMatch(text) || (Reference().Match(text + " ") is { Success: true } m && Rest(m).Length == 0);

    /// <summary>True for a word that names the label after it ("Item 4", "Minute 45", "Min. 12/2024").</summary>
    public static bool IsLabelWord(string word) => LabelWord().IsMatch(word);

    /// <summary>True for the number that follows a label word ("4", "4.B", "7:").</summary>
    public static bool IsNumberAfterLabelWord(string token) => NumberAfterLabelWord().IsMatch(token);

    private const string RomanNumeral = "(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|I{1,3}|IV|VI{0,3}|IX|XI{0,3})";

    [GeneratedRegex(@"^(?:[|>]\s*)+(?=(?:\d{1,3}(?:\.\d{1,3})*[.)]|\(\d{1,3}\))\s)")]
    private static partial Regex QuoteBar();

    [GeneratedRegex(@"^(?:Agenda\s+)?(?:(?:Item|Minute)\s+|Min(?:\.\s*|\s+|(?=\d)))(?:No\.?\s*)?(?<n>\d{1,4}/\d{1,4}|\d{1,3}(?:\.[A-Za-z0-9]{1,3})*)\s*[.:)\-–]?(?:\s+|$)(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^(?:Item|Minute|Min\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelWord();

    [GeneratedRegex(@"^\d{1,3}(\.[A-Za-z0-9]{1,3})*[.:)]?$")]
    private static partial Regex NumberAfterLabelWord();

    // A committee prefix before a running number: "FIC/23/112", "BD/21/07", "TC/22/118(b)", "CAB.45/23", "GB 12/2024",
    // "PB(3)2", "PB(3)4.ii". Separated by a space or a dot, the number must carry one slash, so neither "COVID 19" nor
    // initials before a date ("JS 31/12/2024") are one.
    [GeneratedRegex(@"^(?<n>[A-Z]{2,5}(?:/\d{1,4}(?:/\d{1,4}){0,2}|[ .]\d{1,4}/\d{1,4}(?!/)|\(\d{1,3}\)\s?\d{1,3})(?:\.(?:\d{1,3}|[a-z]{1,4}))*(?:\([a-z0-9]{1,3}\))?)[.:)]?(?:\s+|$)(?<rest>.*)$")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^(?<n>\d{1,3}/\d{1,4})[.:]?(?:\s+|$)(?<rest>.*)$")]
    private static partial Regex Slash();

    [GeneratedRegex(@"^\((?<n>\d{1,3})\)\s+(?<rest>.*)$")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^(?<n>[1-9]\d{3})\.\s+(?<rest>\p{Lu}.*)$")]
    private static partial Regex RunningMinute();

    // "2.1 Title", "3. Title", "4) Title", "2: Title", "2/ Title", "12 Title", "01 Title"; not "10.30am", "1:30", "2020 budget", "1,000", "1 Hour", "5 June".
    [GeneratedRegex(@"^(?<n>\d{1,3}(?:\.\d{1,3}){0,4})(?<d>[.)]|/(?=\s+\p{Lu})|:(?=\s+\p{Lu}))?(?![\d,:/%])(?:\s+|$|(?<=[.)])(?=[A-Z]))(?<rest>(?![ap]\.?m\b|pm\b|am\b|hrs?\b|minutes?\b|mins?\b|%|per\b|st\b|nd\b|rd\b|th\b|(?i:hours?|days?|weeks?|months?|years?)\b)(?!(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b).*)$")]
    private static partial Regex Decimal();

    // "4C Finance", "1-A Highways": a number with a letter part; the parser accepts one only in sequence ("3D printing" is not).
    [GeneratedRegex(@"^(?<n>\d{1,2}(?:-[A-Za-z]|[A-H]))[.):]?\s+(?<rest>[A-Z(""'‘“].*)$")]
    private static partial Regex Compound();

    [GeneratedRegex(@"^(?<n>\d{1,2}-?[A-Ha-h])[.):]?\s*(?<rest>)$")]
    private static partial Regex CompoundAlone();

    [GeneratedRegex(@"^(?<n>[IVX]{1,5})\((?<sub>[a-z0-9]{1,2})\)\.?\s+(?<rest>.*)$")]
    private static partial Regex RomanWithPart();

    [GeneratedRegex(@"^\(?(?<n>" + RomanNumeral + @")[.)]\s+(?<rest>.*)$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^\(?(?<n>[a-zA-Z])[.)]\s+(?<rest>.*)$")]
    private static partial Regex Letter();

    [GeneratedRegex(@"^(?:Item\s+)?\(?(?:\d{1,3}(?:\.\d{1,3}){0,3}|\d{1,3}/\d{1,4}|\d{1,2}-?[A-Ha-h]|[a-zA-Z]|[ivxIVX]{1,5})[.)]?$")]
    private static partial Regex LabelOnly();
}
