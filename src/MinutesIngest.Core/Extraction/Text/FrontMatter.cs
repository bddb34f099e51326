namespace MinutesIngest.Core.Extraction.Text;

/// <summary>Reads a YAML front-matter block ("---" … "---") as flat key/value properties prefixed "front_matter_".</summary>
internal static class FrontMatter
{
    /// <summary>Returns the index of the first line after the front matter (0 when there is none).</summary>
    public static int Read(string[] lines, out Dictionary<string, string> properties)
    {
        properties = new Dictionary<string, string>();
        var first = 0;
        while (first < lines.Length && lines[first].Trim().Length == 0) first++;
        if (first >= lines.Length || lines[first].Trim() != "---") return 0;
        for (var i = first + 1; i < Math.Min(lines.Length, first + 200); i++)
        {
            if (lines[i].Trim() is "---" or "...") return i + 1;
            var colon = lines[i].IndexOf(':');
            if (colon > 0 && !char.IsWhiteSpace(lines[i][0]))
            {
                var value = lines[i][(colon + 1)..].Trim().Trim('"', '\'');
                if (value.Length > 0) properties["front_matter_" + lines[i][..colon].Trim().ToLowerInvariant()] = value;
            }
        }
        properties.Clear();
        return 0;
    }
}
