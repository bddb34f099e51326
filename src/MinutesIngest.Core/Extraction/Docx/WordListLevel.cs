using DocumentFormat.OpenXml.Wordprocessing;

namespace MinutesIngest.Core.Extraction.Docx;

/// <summary>One level (<c>w:lvl</c>) of a Word list definition, reduced to what rendering its label needs.</summary>
internal sealed record WordListLevel(int Start, string? Format, string? Text, bool IsLegal, int? Restart, string? StyleId)
{
    /// <summary>The defaults for what a definition leaves out: decimal, starting at 0 (the schema's default, which LibreOffice renders as "0."), no text.</summary>
    public static readonly WordListLevel Missing = new(0, "decimal", null, false, null, null);

    /// <summary>
    /// Reads a w:lvl; what it leaves out comes from <paramref name="inherited"/>, because Word writes
    /// lvlOverride levels with only the properties that change (a lettered level without its start).
    /// </summary>
    public static WordListLevel From(Level level, WordListLevel inherited) => new(
        level.StartNumberingValue?.Val?.Value ?? inherited.Start,
        level.NumberingFormat?.Val?.InnerText ?? inherited.Format,
        level.LevelText?.Val?.Value ?? inherited.Text,
        level.IsLegalNumberingStyle is { } lgl ? lgl.Val?.Value ?? true : inherited.IsLegal,
        level.LevelRestart?.Val?.Value ?? inherited.Restart,
        level.ParagraphStyleIdInLevel?.Val?.Value ?? inherited.StyleId);

    /// <summary>Whether this level draws a bullet rather than a number.</summary>
    public bool IsBullet =>
        Format == "bullet"
        || (Text is { Length: > 0 } t && !t.Contains('%') && !t.Any(char.IsLetterOrDigit));

    /// <summary>Whether using level <paramref name="usedLevel"/> (0-based) sends this level (0-based <paramref name="ownLevel"/>) back to its start.</summary>
    public bool RestartsAfter(int usedLevel, int ownLevel)
    {
        if (usedLevel >= ownLevel) return false;
        // lvlRestart is 1-based; 0 means never restart; a value deeper than this level is ignored.
        if (Restart is { } r && r <= ownLevel) return r != 0 && usedLevel < r;
        return true;
    }
}
