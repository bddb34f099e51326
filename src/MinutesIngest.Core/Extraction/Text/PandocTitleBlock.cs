namespace MinutesIngest.Core.Extraction.Text;

/// <summary>Unmarks a Pandoc title block: up to three opening lines starting with "%" (title, authors, date).</summary>
/// <remarks>Minutes written in Pandoc markdown open with "% Body", "% Meeting Minutes", "% 4 May 2021"; the "%" is markup,
/// and left in place it becomes part of the title and the body name.</remarks>
internal static class PandocTitleBlock
{
    private const int MaxFields = 3;

    /// <summary>Removes the "%" marks of a title block that starts at <paramref name="start"/>, in place.</summary>
    public static void Unmark(string[] lines, int start)
    {
        var i = start;
        while (i < lines.Length && lines[i].Trim().Length == 0) i++;
        var fields = 0;
        var field = -1;
        for (; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('%') && fields < MaxFields)
            {
                fields++;
                field = i;
                lines[i] = lines[i].TrimStart('%').Trim();
            }
            // A field runs on over lines that start with a space: one line of text, as Pandoc reads it.
            else if (field >= 0 && lines[i].Length > 0 && lines[i][0] == ' ')
            {
                lines[field] = (lines[field] + " " + lines[i].Trim()).Trim();
                lines[i] = "";
            }
            else return;
        }
    }
}
