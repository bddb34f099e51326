using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Actions;
using MinutesIngest.Core.Parsing.Attendance;
using MinutesIngest.Core.Parsing.Items;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Metadata;
using MinutesIngest.Core.Parsing.Suggestions;
using MinutesIngest.Core.Parsing.Text;

namespace MinutesIngest.Core.Parsing;

/// <summary>Finds meeting metadata, attendance, items, actions and the next meeting in a block model.</summary>
/// <param name="commitments">When given, unmarked commitments are also looked for and listed as suggested actions.</param>
public sealed class MinutesParser(ICommitmentClassifier? commitments = null)
{
    private readonly AttendanceParser _attendance = new();
    private readonly ItemParser _items = new();
    private readonly ActionParser _actions = new();
    private readonly MetadataParser _metadata = new();
    private readonly NextMeetingParser _nextMeeting = new();
    private readonly SuggestedActionFinder? _suggestions = commitments == null ? null : new SuggestedActionFinder(commitments);

    public MinutesRecord Parse(SourceDocument doc)
    {
        var lines = DocumentLines.From(doc);
        var attendance = _attendance.Parse(doc, lines);
        var tableBlocks = ActionTableBlocks(doc);
        var items = _items.Parse(lines, tableBlocks, ActionParser.ActionListLines(lines).ToHashSet());
        var meeting = _metadata.Parse(doc, lines, attendance, items.Count > 0 ? items[0].Line : lines.Count);
        var meetingDate = meeting.Date == null ? (DateOnly?)null : DateOnly.Parse(meeting.Date, System.Globalization.CultureInfo.InvariantCulture);
        var resolver = new ActionOwnerResolver(attendance, IntroducedInitials.Find(lines, attendance));
        var monthFirst = DateFinder.DetectMonthFirst(lines.Select(l => l.Text));
        var actions = _actions.Parse(doc, lines, items).Select(a => new ActionItem
        {
            Text = a.Text,
            Owner = a.Owner,
            OwnerName = resolver.Resolve(a.Owner),
            Item = a.ItemRef ?? items.LastOrDefault(i => i.Line < a.LineIndex || (i.Line == a.LineIndex && i.Offset <= a.Offset))?.Item.Number,
            Due = DueDate(a.DueText ?? a.Text, meetingDate, monthFirst),
        }).ToList();
        var suggested = _suggestions?.Find(
            CandidateSentenceFinder.Find(lines, items, tableBlocks, actions.Select(a => a.Text).ToList()),
            resolver, text => DueDate(text, meetingDate, monthFirst));
        return new MinutesRecord
        {
            Source = doc.Source,
            Format = doc.Format,
            Meeting = meeting,
            Attendance = attendance,
            Items = items.Select(i => i.Item).ToList(),
            Actions = actions,
            NextMeeting = _nextMeeting.Parse(lines, meetingDate),
            SuggestedActions = suggested,
        };
    }

    /// <summary>The sentences a commitment classifier would be shown for this document (for labelling and training).</summary>
    public IReadOnlyList<CandidateSentence> CandidateSentences(SourceDocument doc)
    {
        var lines = DocumentLines.From(doc);
        var tableBlocks = ActionTableBlocks(doc);
        var items = _items.Parse(lines, tableBlocks, ActionParser.ActionListLines(lines).ToHashSet());
        var actions = _actions.Parse(doc, lines, items).Select(a => a.Text).ToList();
        return CandidateSentenceFinder.Find(lines, items, tableBlocks, actions);
    }

    // Reference numbers in an action log are not items.
    private static HashSet<int> ActionTableBlocks(SourceDocument doc) => doc.Blocks.Select((b, i) => (b, i))
        .Where(x => x.b is TableBlock t && ActionTableReader.Read(t).Count > 0)
        .Select(x => x.i).ToHashSet();

    private static string? DueDate(string source, DateOnly? meetingDate, bool monthFirst)
    {
        var d = DateFinder.FindAll(source, meetingDate?.Year, monthFirst).LastOrDefault();
        // A date before the meeting records history ("discussed 21 January 2014"), not a deadline.
        if (d.Length == 0 || (meetingDate is { } md && d.Date < md)) return null;
        return d.Date.ToString("yyyy-MM-dd");
    }
}
