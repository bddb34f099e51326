namespace CorpusGen;

/// <summary>A piece of text with its weight; "**bold**" in a source line marks bold pieces.</summary>
internal sealed record InlineRun(string Text, bool Bold)
{
    public static IReadOnlyList<InlineRun> Parse(string text)
    {
        var runs = new List<InlineRun>();
        var parts = text.Split("**");
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length > 0)
            {
                runs.Add(new InlineRun(parts[i], i % 2 == 1));
            }
        }

        return runs;
    }

    public static string Plain(string text) => text.Replace("**", "", StringComparison.Ordinal);
}
