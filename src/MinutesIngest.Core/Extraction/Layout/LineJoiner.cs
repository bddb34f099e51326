using System.Text;

namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>Joins the lines of one paragraph or cell with spaces, mending words hyphenated at a line end.</summary>
internal static class LineJoiner
{
    public static string Join(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var raw in lines)
        {
            var next = raw.Trim();
            if (next.Length == 0) continue;
            if (sb.Length == 0) { sb.Append(next); continue; }
            if (EndsWithLineHyphen(sb))
            {
                // "recom-" + "mendation" is one word; "Matrix-" + "Churchill" keeps its hyphen.
                if (char.IsLower(next[0])) sb.Length--;
                sb.Append(next);
                continue;
            }
            sb.Append(' ').Append(next);
        }
        return sb.ToString();
    }

    private static bool EndsWithLineHyphen(StringBuilder sb) =>
        sb.Length >= 2 && (sb[^1] == '-' || sb[^1] == '\u00AD') && char.IsLetter(sb[^2]);
}
