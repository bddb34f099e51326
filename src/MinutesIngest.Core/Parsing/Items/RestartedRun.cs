using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Items;

/// <summary>
/// A numbering that restarts at 1 while items are under way, read ahead: the last number it counts to in sequence, the
/// line of that entry, and the first number after it that breaks it (null when the document ends first).
/// </summary>
internal sealed record RestartedRun(int Last, int LastLine, int? Next)
{
    /// <summary>How far ahead a run is read; a numbered list inside one item is far shorter.</summary>
    private const int MaxLines = 2000;

    /// <summary>Reads the run whose "1" is on line <paramref name="from"/>.</summary>
    public static RestartedRun Read(IReadOnlyList<DocLine> lines, int from)
    {
        var expected = 2;
        var lastLine = from;
        for (var j = from + 1; j < lines.Count && j - from <= MaxLines; j++)
        {
            var line = lines[j];
            if (!line.StartsBlock || line.IsMargin) continue;
            var n = NumberedLineReader.Read(line.Text, line.Number);
            if (n is not { Scheme: NumberScheme.Decimal } || n.Parts.Count == 0) continue;
            // A number opening a lower-case sentence is prose ("3 members joined"), as the parser reads it.
            if (line.Number == null && n.Rest.Length > 0 && char.IsLower(n.Rest[0])) continue;
            if (n.Parts.Count == 1 && n.Parts[0] == expected)
            {
                expected++;
                lastLine = j;
                continue;
            }
            return new RestartedRun(expected - 1, lastLine, n.Parts[0]);
        }
        return new RestartedRun(expected - 1, lastLine, null);
    }

    /// <summary>
    /// True when the run counts past the item after <paramref name="top"/> and the items then go on from <paramref name="top"/>:
    /// a list inside item <paramref name="top"/> (public comments, letters received, speakers), not the item sequence.
    /// </summary>
    public bool IsInsideItem(int top) => Last > top + 1 && Next is { } next && next > top && next <= top + 2;
}
