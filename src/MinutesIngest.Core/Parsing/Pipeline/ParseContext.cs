using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Actions;
using MinutesIngest.Core.Parsing.Items;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Pipeline;

/// <summary>What the rules of one parse share: the document, and each finding in the order the rules produce it.</summary>
public sealed class ParseContext(SourceDocument document)
{
    public SourceDocument Document { get; } = document;

    /// <summary>The document's text as lines in reading order.</summary>
    public ParseSlot<IReadOnlyList<DocLine>> Lines { get; } = new("lines");

    /// <summary>Blocks that are action logs (their reference numbers are not items).</summary>
    public ParseSlot<IReadOnlySet<int>> ActionTableBlocks { get; } = new("action table blocks");

    /// <summary>Lines of numbered action lists (their numbers are not items).</summary>
    public ParseSlot<IReadOnlySet<int>> ActionListLines { get; } = new("action list lines");

    public ParseSlot<IReadOnlyList<Attendee>> Attendance { get; } = new("attendance");

    public ParseSlot<IReadOnlyList<FoundItem>> Items { get; } = new("items");

    public ParseSlot<MeetingInfo> Meeting { get; } = new("meeting");

    /// <summary>Whether dates written 03/04 read month first; taken from the whole document.</summary>
    public ParseSlot<bool> MonthFirst { get; } = new("month-first dates");

    /// <summary>Resolves an owner as written to a person of the attendance.</summary>
    public ParseSlot<ActionOwnerResolver> Owners { get; } = new("owner resolver");

    public ParseSlot<IReadOnlyList<ActionItem>> Actions { get; } = new("actions");

    public ParseSlot<NextMeeting?> NextMeeting { get; } = new("next meeting");

    public ParseSlot<IReadOnlyList<SuggestedAction>?> SuggestedActions { get; } = new("suggested actions");

    /// <summary>What a learned line-role advisor added on lines no rule claimed; unset when no advisor ran.</summary>
    public ParseSlot<LearnedAdditions> LearnedAdditions { get; } = new("learned additions");

    /// <summary>The meeting's date, when the metadata rule found one.</summary>
    public DateOnly? MeetingDate => Meeting.Value.Date is { } d ? DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>A due date read from <paramref name="text"/>: the last date in it, unless it lies before the meeting.</summary>
    // A date before the meeting records history ("discussed 21 January 2014"), not a deadline.
    public string? DueDate(string text) => Due(text, passedAllowed: false);

    /// <summary>The date written as the deadline (a due column, a "Due:" label): a deadline even when it has passed, as an overdue action carried forward keeps it.</summary>
    public string? StatedDueDate(string text) => Due(text, passedAllowed: true);

    private string? Due(string text, bool passedAllowed)
    {
        var found = Text.DateFinder.FindAll(text, MeetingDate?.Year, MonthFirst.Value).LastOrDefault();
        if (found.Length == 0 || (!passedAllowed && MeetingDate is { } md && found.Date < md)) return null;
        return found.Date.ToString("yyyy-MM-dd");
    }
}
