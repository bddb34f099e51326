using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>Recognises bullet glyphs and, by <see cref="ItemLabelGrammar"/>, item labels printed at the start of a PDF line.</summary>
internal static class ItemLabel
{
    // Glyphs that are bullets wherever they appear at a line start.
    private const string StrongBullets = "•◦▪▫●○■□◆◇►▸‣⁃∙➢➤✓✔❖";

    // Characters that are bullets only when set apart from the text by a wide gap.
    private const string WeakBullets = "o-*–·";

    public static bool IsBullet(string text) =>
        text.Length == 1 && (StrongBullets.Contains(text[0]) || WeakBullets.Contains(text[0]) || IsPrivateUseSymbol(text[0]));

    /// <summary>A glyph that is a bullet wherever it stands (not '-', '*' or 'o', which may be text).</summary>
    public static bool IsStrongBullet(string text) =>
        text.Length == 1 && (StrongBullets.Contains(text[0]) || IsPrivateUseSymbol(text[0]));

    public static bool IsNumber(string text) => ItemLabelGrammar.IsDelimitedToken(text) || ItemLabelGrammar.IsBareNumberToken(text);

    /// <summary>True when the text starts like a numbered entry ("2.1 Finance", "IV. The ...").</summary>
    public static bool StartsNumbered(string text) => ItemLabelGrammar.StartsNumbered(text);

    /// <summary>How many leading words of the line form a label (0, 1, or 2 for "Item 4.B").</summary>
    public static int LeadingLabelWords(PdfTextLine line)
    {
        var words = line.Words;
        var first = words[0];
        if (words.Count == 1) return IsNumber(first.Text) ? 1 : 0;
        // "Item 1      Call to Order": the label is two words, and with its title it is one piece of text, not two cells.
        if (words.Count >= 3 && ItemLabelGrammar.IsLabelWord(first.Text) && ItemLabelGrammar.IsNumberAfterLabelWord(words[1].Text)
            && words[2].Left - words[1].Right >= 0.6 * words[1].FontSize) return 2;
        var gap = words[1].Left - first.Right;
        var size = first.FontSize;
        var text = first.Text;
        if (text.Length == 1 && (StrongBullets.Contains(text[0]) || IsPrivateUseSymbol(text[0]))) return 1;
        if (text.Length == 1 && WeakBullets.Contains(text[0]))
        {
            // "- Reviewed the budget" is a bullet; "- quorum was reached" continues a sentence.
            var next = words[1].Text[0];
            var startsItem = text[0] != 'o' && (char.IsUpper(next) || char.IsDigit(next));
            return gap >= 0.45 * size || startsItem ? 1 : 0;
        }
        if (ItemLabelGrammar.IsDelimitedToken(text)) return gap >= 0.15 * size ? 1 : 0;
        if (ItemLabelGrammar.IsBareNumberToken(text)) return gap >= 0.6 * size ? 1 : 0;
        return 0;
    }

    // Symbol/Wingdings bullets come through as private-use code points (U+F0B7 etc.).
    private static bool IsPrivateUseSymbol(char c) => c >= '\uE000' && c <= '\uF8FF';
}
