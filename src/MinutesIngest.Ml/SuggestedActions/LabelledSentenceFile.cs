using System.Text;

namespace MinutesIngest.Ml.SuggestedActions;

/// <summary>Reads and writes labelled sentences as TSV: <c>document</c>, <c>label</c> (1/0), <c>sentence</c>, with a header line; # lines are comments.</summary>
public static class LabelledSentenceFile
{
    public const string Header = "document\tlabel\tsentence";

    public static IReadOnlyList<LabelledSentence> Read(string path)
    {
        var result = new List<LabelledSentence>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || line == Header) continue;
            var parts = line.Split('\t');
            if (parts.Length != 3 || parts[1] is not ("0" or "1"))
                throw new FormatException($"{path}:{lineNumber}: expected document<TAB>0|1<TAB>sentence");
            result.Add(new LabelledSentence(parts[0], parts[1] == "1", parts[2]));
        }
        return result;
    }

    public static void Write(TextWriter writer, IEnumerable<LabelledSentence> sentences)
    {
        writer.Write(Header + "\n");
        foreach (var s in sentences)
            writer.Write($"{s.Document}\t{(s.IsCommitment ? 1 : 0)}\t{s.Text.Replace('\t', ' ').Replace('\n', ' ')}\n");
    }
}
