namespace CorpusGen;

/// <summary>One line of a corpus source description: a tag ("p", "n1 main", "@list"...) and its text.</summary>
internal sealed record SourceLine(string Tag, string Text, int LineNumber)
{
    public bool IsDirective => Tag.StartsWith('@');

    public bool IsTableRow => Tag == "|";

    /// <summary>Cells of a "| a | b |" row, trimmed; the leading and trailing bars are optional.</summary>
    public IReadOnlyList<string> Cells()
    {
        var body = Text.Trim();
        if (body.EndsWith('|'))
        {
            body = body[..^1];
        }

        return body.Split('|').Select(c => c.Trim()).ToList();
    }

    public static IReadOnlyList<SourceLine> ReadAll(string path)
    {
        var result = new List<SourceLine>();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.TrimEnd();
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (trimmed.StartsWith('|'))
            {
                result.Add(new SourceLine("|", trimmed[1..], number));
                continue;
            }

            if (trimmed.StartsWith('@'))
            {
                var space = trimmed.IndexOf(' ');
                result.Add(space < 0
                    ? new SourceLine(trimmed, "", number)
                    : new SourceLine(trimmed[..space], trimmed[(space + 1)..].Trim(), number));
                continue;
            }

            // Tags end at the first ": "; the text after it is kept verbatim (it may hold more colons).
            var colon = trimmed.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0 && trimmed.EndsWith(':'))
            {
                result.Add(new SourceLine(trimmed[..^1], "", number));
            }
            else
            {
                result.Add(colon < 0
                    ? new SourceLine(trimmed, "", number)
                    : new SourceLine(trimmed[..colon], trimmed[(colon + 2)..], number));
            }
        }

        return result;
    }
}
