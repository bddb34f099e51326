namespace MinutesIngest.Core.Extraction.Markup;

/// <summary>Reads a front-matter block (YAML "---" … "---", TOML "+++" … "+++", or a site generator's undelimited metadata) as flat key/value properties prefixed "front_matter_".</summary>
internal static partial class FrontMatter
{
    /// <summary>Returns the index of the first line after the front matter (0 when there is none).</summary>
    public static int Read(string[] lines, out Dictionary<string, string> properties)
    {
        properties = new Dictionary<string, string>();
        var first = 0;
        while (first < lines.Length && lines[first].Trim().Length == 0) first++;
        if (first >= lines.Length) return 0;
        if (lines[first].Trim() == "+++") return ReadToml(lines, first, properties);
        if (lines[first].Trim() != "---") return ReadUndelimited(lines, first, properties);
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

    /// <summary>
    /// The lines of a YAML front matter as text: delimiters dropped, each key written as a label ("start_time: 7pm" →
    /// "Start time: 7pm"), list entries as bullets, block text as its lines.
    /// </summary>
    public static string[] AsText(string[] frontMatter)
    {
        var text = new List<string>();
        foreach (var raw in frontMatter)
        {
            var line = raw.TrimEnd();
            if (line.Trim() is "---" or "..." or "" or "|" or ">") continue;
            var indent = line.Length - line.TrimStart().Length;
            var body = line.Trim();
            var bullet = body.StartsWith("- ");
            if (bullet) body = body[2..].Trim();
            var key = YamlKey().Match(body);
            if (key.Success)
            {
                var value = key.Groups["value"].Value.Trim().Trim('"', '\'').TrimEnd('|', '>').Trim();
                body = Label(key.Groups["key"].Value) + ":" + (value.Length > 0 ? " " + value : "");
            }
            else body = body.Trim('"', '\'');
            // A top-level key with its value on the lines below opens a group: a blank line keeps groups apart.
            if (indent == 0 && !bullet && text.Count > 0) text.Add("");
            text.Add(bullet ? "- " + body : body);
        }
        return [.. text];
    }

    private static string Label(string key)
    {
        var words = key.Replace('_', ' ').Replace('-', ' ').Trim();
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z0-9 _-]{0,40}):(?:\s+(?<value>.*))?$")]
    private static partial System.Text.RegularExpressions.Regex YamlKey();

    // Hugo and Zola write TOML between "+++" lines: top-level "key = value" pairs, then tables ("[extra]") whose keys are
    // the site's own and are left out. The block stays in the text (0 is returned): the parser takes the minutes' title
    // from its title line when the minutes have no heading of their own, and would lose it.
    private static int ReadToml(string[] lines, int first, Dictionary<string, string> properties)
    {
        var inTable = false;
        for (var i = first + 1; i < Math.Min(lines.Length, first + 200); i++)
        {
            var line = lines[i].Trim();
            if (line == "+++") return 0;
            if (line.StartsWith('[')) inTable = true;
            if (inTable || TomlLine().Match(line) is not { Success: true } m) continue;
            var value = m.Groups["value"].Value.Trim().Trim('"', '\'');
            if (value.Length > 0) properties["front_matter_" + m.Groups["key"].Value.ToLowerInvariant()] = value;
        }
        properties.Clear();
        return 0;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z0-9_-]{0,30})\s*=\s*(?<value>.*)$")]
    private static partial System.Text.RegularExpressions.Regex TomlLine();

    // Static-site generators (Nikola, Pelican) also write metadata without "---" lines: a first paragraph of "key: value"
    // lines. Only a paragraph with a title and at least two site-only keys counts, so a minutes header ("Date:",
    // "Venue:", "Present:") is never taken for metadata.
    private static int ReadUndelimited(string[] lines, int first, Dictionary<string, string> properties)
    {
        var found = new Dictionary<string, string>();
        var i = first;
        for (; i < lines.Length && lines[i].Trim().Length > 0; i++)
        {
            var m = MetadataLine().Match(lines[i]);
            if (!m.Success || i - first >= 40) return 0;
            if (m.Groups["value"].Value.Trim().Trim('"', '\'') is { Length: > 0 } value) found["front_matter_" + m.Groups["key"].Value.ToLowerInvariant()] = value;
        }
        var siteKeys = found.Keys.Count(k => SiteKeys.Contains(k["front_matter_".Length..]));
        if (!found.ContainsKey("front_matter_title") || siteKeys < 2) return 0;
        foreach (var (key, value) in found) properties[key] = value;
        return i;
    }

    private static readonly HashSet<string> SiteKeys = ["slug", "tags", "category", "categories", "link", "description", "type", "layout", "permalink", "hidetitle", "template", "status"];

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z_-]{0,20}):(?:\s(?<value>.*))?$")]
    private static partial System.Text.RegularExpressions.Regex MetadataLine();
}
