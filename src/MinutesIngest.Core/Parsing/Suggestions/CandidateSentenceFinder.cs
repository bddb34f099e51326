using MinutesIngest.Core.Text;
using System.Text;
using System.Text.RegularExpressions;
using MinutesIngest.Core.Parsing.Items;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Suggestions;

/// <summary>
/// The sentences of the minutes' body that a commitment classifier should see: paragraphs from the first item on,
/// split into sentences, without marked actions, action logs, action lists or margin owners (those are <c>actions</c>).
/// </summary>
public static partial class CandidateSentenceFinder
{
    /// <summary>A sentence at least this similar (token Jaccard) to a marked action is that action, not a suggestion.</summary>
    private const double MarkedOverlap = 0.6;

    public static IReadOnlyList<CandidateSentence> Find(
        IReadOnlyList<DocLine> lines, IReadOnlyList<FoundItem> items, IReadOnlySet<int> excludedBlocks, IReadOnlyList<string> markedActions)
    {
        var actionListLines = Actions.ActionParser.ActionListLines(lines).ToHashSet();
        var marked = markedActions.Select(TextTokens.Of).ToList();
        var start = items.Count > 0 ? items.Min(i => i.Line) : 0;
        var result = new List<CandidateSentence>();
        foreach (var (text, first) in Paragraphs(lines, start, excludedBlocks, actionListLines))
        {
            var item = items.LastOrDefault(i => i.Line <= first)?.Item.Number;
            foreach (var sentence in Text.SentenceSplitter.Split(text))
            {
                var clean = sentence.Trim().TrimStart('-', '*', '•', ' ').Trim();
                if (clean.Length < 12 || !clean.Any(char.IsLetter) || ActionMarkers.Inline().IsMatch(clean)) continue;
                var tokens = TextTokens.Of(clean);
                if (marked.Any(m => TextTokens.Jaccard(m, tokens) >= MarkedOverlap)) continue;
                result.Add(new CandidateSentence(clean, first, item));
            }
        }
        return result;
    }

    // Consecutive lines of one block (or one table cell) joined, so a sentence wrapped across lines reads whole.
    private static IEnumerable<(string Text, int FirstLine)> Paragraphs(
        IReadOnlyList<DocLine> lines, int start, IReadOnlySet<int> excludedBlocks, IReadOnlySet<int> actionListLines)
    {
        var buffer = new StringBuilder();
        var first = -1;
        DocLine? previous = null;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            var skip = line.IsMargin || excludedBlocks.Contains(line.Block) || actionListLines.Contains(i);
            var continues = previous != null && !line.StartsBlock && line.Block == previous.Block && line.Row == previous.Row
                            && line.Column == previous.Column && !skip;
            if (!continues && buffer.Length > 0)
            {
                yield return (buffer.ToString(), first);
                buffer.Clear();
            }
            previous = skip ? null : line;
            if (skip) continue;
            var text = line.Text;
            if (buffer.Length == 0)
            {
                first = i;
                if (NumberedLineReader.Read(text, line.Number) is { Rest.Length: > 0 } n) text = n.Rest;
                buffer.Append(text);
            }
            else buffer.Append(' ').Append(text);
        }
        if (buffer.Length > 0) yield return (buffer.ToString(), first);
    }
}
