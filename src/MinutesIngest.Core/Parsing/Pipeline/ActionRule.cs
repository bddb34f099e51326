using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Actions;

namespace MinutesIngest.Core.Parsing.Pipeline;

/// <summary>Reads: document, lines, items, attendance, meeting date, owner resolver. Writes: <see cref="ParseContext.Actions"/> with owners resolved, items assigned and due dates read.</summary>
public sealed class ActionRule : IParseRule
{
    private readonly ActionParser _parser = new();

    public void Apply(ParseContext context)
    {
        var items = context.Items.Value;
        // Entries of a contents list minuted under headings repeating their titles own the actions of those sections.
        var sections = AgendaSections.Anchored(items, context.Lines.Value);
        var owners = context.Owners.Value;
        var attendance = context.Attendance.Value;
        context.Actions.Set(_parser.Parse(context.Document, context.Lines.Value, items, attendance).Select(a => WithClosingDue(a, context)).Select(raw =>
        {
            var a = WithFirstNameOwner(owners.Resolve(raw.Owner) == null ? WithDashedOwner(raw, attendance) : raw, attendance);
            var person = owners.Resolve(a.Owner);
            return new ActionItem
            {
                Text = a.Text,
                Owner = OwnerAsWritten(a.Owner, person),
                OwnerName = person,
                // An action belongs to the last item that starts before it in reading order, unless it names its own.
                Item = (a.ItemRef is { } reference ? ItemCited(reference, items) : null) ?? sections.LastOrDefault(i => i.Line < a.LineIndex || (i.Line == a.LineIndex && i.Offset <= a.Offset))?.Item.Number,
                Due = a.DueText is { } stated ? context.StatedDueDate(stated) : context.DueDate(a.Text),
            };
        }).ToList());
    }

    // "Finish the report (3 May)": a date closing the task is its deadline; one before the meeting without a "due" label is
    // when the action was raised ("Review of the post (21 January 2014)" in a log carried from meeting to meeting).
    private static RawAction WithClosingDue(RawAction a, ParseContext context)
    {
        if (ClosingDeadline.Split(a.Text) is not { } split) return a;
        if (!split.Labelled && context.StatedDueDate(split.Due) is { } due && context.MeetingDate is { } met
            && DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture) < met) return a;
        return a with { Text = split.Task, DueText = a.DueText ?? split.Due };
    }

    // An action log cites a minute by its number without the series prefix the minutes print ("19/2021" for "BM 19/2021"):
    // the one item whose number ends so is the item meant; any other reference stands as written.
    private static string ItemCited(string reference, IReadOnlyList<Parsing.Items.FoundItem> items)
    {
        if (items.Any(i => i.Item.Number == reference)) return reference;
        var prefixed = items.Select(i => i.Item.Number).Where(n => n.EndsWith(" " + reference, StringComparison.Ordinal)).Distinct().ToList();
        return prefixed.Count == 1 ? prefixed[0] : reference;
    }

    // "The project office to …" keeps its article: a team is named so. An office one attendee holds ("the Clerk", "The DCC")
    // is written as the attendance gives the role, without it.
    private static string? OwnerAsWritten(string? owner, string? person) =>
        owner != null && person != null && owner.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? owner[4..].TrimStart() : owner;

    // "Ann - Talk to Bob about the rota", read with no owner or one naming nobody ("Talk"): the attendee named before the
    // spaced dash is the owner; with no owner read at all, names set after a spaced dash ("Order the banners - Ann") are.
    private static RawAction WithDashedOwner(RawAction a, IReadOnlyList<Attendee> attendance) =>
        (DashedOwner.Read(a.Text, attendance) ?? (a.Owner == null ? DashedOwner.Trailing(a.Text, attendance) : null)) is { } owner ? a with { Owner = owner } : a;

    // "Ann send the draft" read without an owner, or with the owner "Ann send" taken from before "to": the attendee's first
    // name is the owner.
    private static RawAction WithFirstNameOwner(RawAction a, IReadOnlyList<Attendee> attendance) =>
        FirstNameOwner.Read(a.Text, attendance) is { } name
        && (a.Owner == null || (a.Owner.StartsWith(name + " ", StringComparison.Ordinal) && a.Owner.Split(' ').Length == 2 && a.Text.StartsWith(a.Owner, StringComparison.Ordinal)))
            ? a with { Owner = name } : a;
}
