using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Lexicon;

/// <summary>
/// The column headings of action logs and task tables, written once. A heading is "strong" when it names actions or
/// owners outright ("Action", "Owner", "Responsible"); generic headings ("Description", "Lead") also head agenda
/// tables, so a table counts as an action log only when at least one of its action or owner headings is strong.
/// </summary>
public static partial class ActionTableHeaders
{
    /// <summary>A heading of the column holding the action: strong ("Action", "Next steps", "Task") or generic ("Description").</summary>
    public static bool IsAction(string header, out bool strong)
    {
        strong = StrongAction().IsMatch(header);
        return strong || WeakAction().IsMatch(header);
    }

    /// <summary>A heading of the owner column: strong ("Owner", "Person/committee responsible", "By whom") or generic ("Lead").</summary>
    public static bool IsOwner(string header, out bool strong)
    {
        strong = StrongOwner().IsMatch(header);
        return strong || WeakOwner().IsMatch(header);
    }

    /// <summary>
    /// A heading of a column whose entries each give the task with its owner in it ("Actions: Responsible", "Action / Who",
    /// "Action and owner"), used where no separate owner column is kept.
    /// </summary>
    public static bool IsActionWithOwner(string header) => ActionWithOwner().IsMatch(header);

    /// <summary>
    /// Two headings run together in one cell, as PDF text puts neighbouring header cells ("Number Action", "Owner Target
    /// date"): the action heading that closes the cell, or the owner heading that opens it.
    /// </summary>
    public static bool IsMergedAction(string header) => MergedAction().IsMatch(header);

    /// <inheritdoc cref="IsMergedAction"/>
    public static bool IsMergedOwner(string header) => MergedOwner().IsMatch(header);

    /// <summary>A heading of the deadline column ("Due", "Deadline", "By when", "Target date").</summary>
    public static bool IsDue(string header) => Due().IsMatch(header);

    /// <summary>A heading of the minute-reference column ("Ref", "Minute", "Item No.").</summary>
    public static bool IsReference(string header) => Reference().IsMatch(header);

    /// <summary>A heading of the column naming the matter a row is about ("Issue", "Topic", "Subject").</summary>
    public static bool IsTopic(string header) => Topic().IsMatch(header);

    /// <summary>Normalises a header cell for the tests above: lower case, no trailing colon, single spaces.</summary>
    public static string Normalise(string cell) => Spaces().Replace(cell.Trim().TrimEnd(':').Trim().ToLowerInvariant(), " ");

    [GeneratedRegex(@"^(?:actions?|actionables?|action items?|action points?|actions? agreed|agreed actions?|actions? required|next steps?|to ?do|tasks?|task description|assigned (?:module|task|function|work)\b.*|tasks? (?:that will be|to be|for (?:the )?(?:next|coming|following))\b.*)$")]
    private static partial Regex StrongAction();

    [GeneratedRegex(@"^(?:actions?|action items?|actions? agreed|agreed actions?|next steps?|tasks?)\s*(?:[:/&+(–-]|\band\b|\bwith\b)\s*(?:responsible|responsibility|owners?|who|by whom|person responsible|assigned to)\)?$")]
    private static partial Regex ActionWithOwner();

    [GeneratedRegex(@"^(?:no\.?|number|ref\.?|item|date|date raised|minute)\s+(?:actions?|action items?|actions? agreed|tasks?)$")]
    private static partial Regex MergedAction();

    [GeneratedRegex(@"^(?:owners?|responsible|who|by whom|action by)\s+(?:due|due date|deadline|by when|target date|target|date due|status)$")]
    private static partial Regex MergedOwner();

    [GeneratedRegex(@"^(?:description|what)$")]
    private static partial Regex WeakAction();

    [GeneratedRegex(@"^(?:owners?|action owners?|(?:[\w/ ]+ )?responsible(?: (?:person|officer|party))?|responsibility|who|by whom|assigned to|action by|assignee)$")]
    private static partial Regex StrongOwner();

    [GeneratedRegex(@"^(?:lead|team members?|members?|names?)$")]
    private static partial Regex WeakOwner();

    [GeneratedRegex(@"^(?:due|due date|deadline|by when|target date|when|by|date due|completion date|target|timescales?|time ?frames?|date required|required by|by date|deadline date)$")]
    private static partial Regex Due();

    [GeneratedRegex(@"^(?:ref|ref\.|reference|minute|minute ref|min ref|item|item no\.?|no\.?|#)$")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^(?:issues?|topics?|subject|matter)$")]
    private static partial Regex Topic();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
