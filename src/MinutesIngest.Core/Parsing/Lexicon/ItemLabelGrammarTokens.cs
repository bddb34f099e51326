using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Lexicon;

public static partial class ItemLabelGrammar
{
    /// <summary>True for a word that is a delimited label on its own ("2.1", "3.", "4)", "IV.", "b)", "(a)").</summary>
    public static bool IsDelimitedToken(string token) => DelimitedToken().IsMatch(token);

    /// <summary>True for an undelimited number ("12"), a label only when set apart from its text.</summary>
    public static bool IsBareNumberToken(string token) => BareNumberToken().IsMatch(token);

    /// <summary>True when the text starts like a numbered entry ("2.1 Finance", "IV. The ...", "(b) Roads").</summary>
    public static bool StartsNumbered(string text) => NumberedText().IsMatch(text);

    /// <summary>
    /// A decimal label as OCR may print it, with its stop misread as a colon, comma or semicolon ("3:", "4.1,"):
    /// the digits part, or null when the token is not one.
    /// </summary>
    public static string? OcrDecimalDigits(string token) => OcrDecimal().Match(token) is { Success: true } m ? m.Groups["n"].Value : null;

    /// <summary>The stop an OCR'd decimal label was printed with ("." or ")"; "" for none or a misread one).</summary>
    public static string OcrDecimalStop(string token)
    {
        var stop = OcrDecimal().Match(token).Groups["stop"].Value;
        return stop is "." or ")" ? stop : "";
    }

    /// <summary>The label word and number of a label OCR ran together ("Item6" → ("Item", "6")); null when the token is not one.</summary>
    public static (string Word, string Number)? SplitRunOnLabel(string token) =>
        RunOnLabel().Match(token) is { Success: true } m ? (m.Groups["word"].Value, m.Groups["n"].Value) : null;

    /// <summary>The numeral of an upper-case roman label ("III." → "III"); null when the token is not one.</summary>
    public static string? UpperRomanLabel(string token) => UpperRoman().Match(token) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>True for a letter or roman label ("A.", "iv)"), another scheme than a misread decimal.</summary>
    public static bool IsLetterOrRomanToken(string token) => LetterOrRoman().IsMatch(token);

    [GeneratedRegex(@"^(\d{1,3}(\.\d{1,3})+\.?|\d{1,3}[.)]|[IVXLivxl]{1,6}[.)]|[A-Za-z][.)]|\([A-Za-z0-9]{1,4}\))$")]
    private static partial Regex DelimitedToken();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex BareNumberToken();

    [GeneratedRegex(@"^(\d{1,3}(\.\d{1,3})+\.?|\d{1,3}[.)]|[IVX]{1,6}\.|[a-z]\)|\([a-z0-9]{1,4}\))\s+\S")]
    private static partial Regex NumberedText();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2}){0,3})(?<stop>[.:,;)]?)$")]
    private static partial Regex OcrDecimal();

    [GeneratedRegex(@"^(?<word>Item|ITEM)(?<n>\d{1,2}(\.\w{1,2})?\.?)$")]
    private static partial Regex RunOnLabel();

    [GeneratedRegex(@"^([IVX]{1,5})\.$")]
    private static partial Regex UpperRoman();

    [GeneratedRegex(@"^([A-Za-z]|[IVXivx]{1,4})[.)]$")]
    private static partial Regex LetterOrRoman();
}
