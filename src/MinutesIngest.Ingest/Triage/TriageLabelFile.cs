namespace MinutesIngest.Ingest.Triage;

/// <summary>Reads triage labels: tab-separated lines "class, source, path" (a relative path is taken from the file's folder; # starts a comment).</summary>
public static class TriageLabelFile
{
    public static IReadOnlyList<TriageEvalCase> ReadAll(IEnumerable<string> files) => files.SelectMany(Read).ToList();

    public static IEnumerable<TriageEvalCase> Read(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length != 3 || DocumentClassCodes.Parse(cells[0]) is not { } label)
                throw new FormatException($"{file}:{number}: expected 'class<TAB>source<TAB>path' with a class of minutes, agenda, meeting_paper, not_meeting");
            yield return new TriageEvalCase(label, cells[1], Path.GetFullPath(cells[2], folder));
        }
    }
}
