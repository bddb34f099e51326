using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Extraction;

/// <summary>
/// The shape of a note printed apart in a right-hand margin beside prose, shared by the extractors: a few capitalised
/// words without figures ("Clerk", "Cllr A Grey and B Lowe", "Noted"). Figures are page numbers, dates or sums, and
/// longer text is a column or a table cell. What a note means is the parser's business.
/// </summary>
internal static partial class MarginNoteText
{
    private const int MaxWords = 6;

    private const int MaxChars = 40;

    /// <summary>Text beside a note is prose when it has at least this many words (table cells and name lines are shorter).</summary>
    public const int ProseWords = 6;

    public static bool IsWordNote(string text) =>
        text.Length <= MaxChars && text.Split(' ').Length <= MaxWords && WordNote().IsMatch(text);

    [GeneratedRegex(@"^\p{Lu}[\p{L}.’'&/,\- ]*$")]
    private static partial Regex WordNote();
}
