using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>
/// The shape of a line naming a group of attendees over their names ("Developers", "Board", "Client (Sponsor)"): short,
/// capitalised, unnumbered, outside a table and no sentence.
/// </summary>
internal static class GroupNameLine
{
    /// <summary>True when the line has that shape with at most <paramref name="maxWords"/> words.</summary>
    public static bool HasShape(DocLine line, int maxWords)
    {
        var text = line.Text.Trim().TrimEnd(':');
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return line.Row < 0 && line.Number == null && words.Length > 0 && words.Length <= maxWords
            && char.IsUpper(text[0]) && !text.EndsWith('.') && NumberedLineReader.Read(text) == null;
    }
}
