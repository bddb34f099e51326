using System.Text.RegularExpressions;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>
/// A list of "Owner: task" entries under a line announcing what the meeting resolved or decided ("Resolved", "Decisions",
/// "Outcomes"): many informal bodies allocate their tasks this way, one owner per entry. The list is a task allocation
/// (an action list in the sense of the labelling rules) only when every entry names its owner before a colon; a list of
/// plain resolutions is not.
/// </summary>
public static partial class TaskAllocationList
{
    /// <summary>The indices of the entries of every such list in the document.</summary>
    public static IEnumerable<int> Lines(IReadOnlyList<DocLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var heading = lines[i];
            if (heading.Row >= 0 || !heading.StartsBlock || heading.Origin == LineOrigin.ListItem || !DecisionHeading().IsMatch(heading.Text.Trim())) continue;
            if (i + 1 >= lines.Count || lines[i + 1].Block == heading.Block) continue;
            var entries = new List<int>();
            var allocated = true;
            var level = -1;
            for (var j = i + 1; j < lines.Count && lines[j].Origin == LineOrigin.ListItem && lines[j].Row < 0; j++)
            {
                if (level < 0) level = lines[j].Level;
                if (lines[j].Level != level || !lines[j].StartsBlock) continue;
                var text = lines[j].Text.Trim();
                if (Placeholder().IsMatch(text)) continue;
                if (!IsAllocated(text)) { allocated = false; break; }
                entries.Add(j);
            }
            if (allocated) foreach (var e in entries) yield return e;
        }
    }

    /// <summary>"Ann: book the hall", "Ann/Bob: Draft the rules": an owner before a colon, then a task.</summary>
    public static bool IsAllocated(string entry) =>
        ActionOwnerReader.ColonOwner(entry) is { } entryOwner && !NotTask().IsMatch(entryOwner.Task);

    [GeneratedRegex(@"^(?:resolved|resolutions|decisions(?:\s+made)?|decided|outcomes?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionHeading();

    // A resolution's wording ("Motion: That the budget …", "Vote: 5 for") is not a task.
    [GeneratedRegex(@"^(?:that|the|a|an|this|it|\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotTask();

    [GeneratedRegex(@"^\(?(?:none|nil|n/?a|nothing)\)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();
}
