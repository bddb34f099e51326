using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Lexicon;

/// <summary>
/// The words minutes use to mark an action, written once: inline markers, the headings that open a list of actions,
/// and the labels written after an action (its deadline).
/// </summary>
public static partial class ActionMarkers
{
    /// <summary>
    /// An inline marker: "Action:", "ACTION(S):", "AI:", "Action item:", "Action point -", "TODO:", "Todo:", "#action",
    /// a qualified marker ("Outstanding action from the last meeting:", "New action:"),
    /// "#todo", a numbered marker ("Action 3:", "ACTION 041:", "Action 15/2:" numbered by meeting and action), a dated marker as action registers write it, with the date the
    /// action was set and the owner on either side of it or a status after it ("ACTION 2021-03-04: Ann to …", "ACTION 2021-03-04
    /// Ann and Bob: …", "ACTION Ann 2021-03-04: …", "ACTION 2021-03-04 - DONE: …"), an owner inside the marker ("ACTION JS:", "Action (KM):", "Action Item, Kim:", "AI[KM]:",
    /// group <c>owner</c>), an owner before a to-do marker ("Sec TODO:", group <c>pre</c>), an owner of up to four words between
    /// an upper-case "TODO" opening a line and a colon, written as people are named in chat ("TODO ann and bob: …"), a bare upper-case "TODO" opening
    /// a line, a label line that opens a block of actions ("To do:", "Next steps:"), "Action X to …" without a colon, and the marker in
    /// brackets opening a sentence with no colon after it ("(Action) Ann will …", "[Action] Ann to …"), as shared notes tag an entry;
    /// "ACTION:" in capitals marks what follows it wherever it stands, even straight after a word or a dash ("… agreed to fund
    /// it ACTION: Ann to …", "… split out — ACTION: Bob to sort").
    /// A marker stands at the start of a sentence, or after a pasted web address, which minutes end no sentence with.
    /// </summary>
    public static Regex Inline() => InlineMarker();

    /// <summary>True when the text opens with the bare marker and a colon ("ACTION: Ann to book the hall").</summary>
    public static bool OpensWithLabel(string text) => OpeningLabel().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:ACTION|Action)\s*:\s*\S")]
    private static partial Regex OpeningLabel();

    /// <summary>A marker that introduces several actions ("ACTIONS:", "Action points:"): each following sentence is one.</summary>
    public static bool IsPlural(string marker) => Plural().IsMatch(marker);

    /// <summary>A marker written after the action it belongs to, at the end of its line: "… proceedings counted (TODO)".</summary>
    public static Regex Trailing() => TrailingMarker();

    /// <summary>
    /// An owner-only marker closing a line after the action it belongs to: "… needs updating Action: Ann", "… book the hall.
    /// Action by: Ann Lee", "… Action by Ann", "… ACTION (AL)" (group <c>owner</c>).
    /// </summary>
    public static Regex TrailingOwner() => TrailingOwnerMarker();

    /// <summary>
    /// A lower-case owner marker closing a sentence after a comma, as many committees write it: "…, action Ann.",
    /// "…, c/f action Ann." (carried forward), or with the task after the owner "…, action Ann to check." (groups
    /// <c>owner</c> and <c>task</c>).
    /// </summary>
    public static Regex TrailingClause() => TrailingClauseMarker();

    /// <summary>
    /// A marker written inside the sentence that names who took the action, as scribes record it in running notes: "Ann took
    /// an action item to …", "Ann assigned action item to …" (was assigned), "Ann/Bob have action item for next meeting to …",
    /// "Ann has an action item to …". The term "action item" (or "action point") makes the marker: "Ann took the action to …" is
    /// plain prose. Group <c>owner</c> holds the names; the match starts at them, so the action is the sentence from its owner on.
    /// </summary>
    public static Regex OwnerTakesAction() => OwnerTakes();

    [GeneratedRegex(@"(?<![\p{L}’'-])(?<owner>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?(?:\s*(?:/|,|&|\band\b)\s*\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)*)\s+(?:took|takes|has\s+taken|have\s+taken|has|have|had|accepted|was\s+given|were\s+given|was\s+assigned|were\s+assigned|assigned)\s+(?:up\s+)?(?:(?:an|a|the|new)\s+)?(?i:action\s+(?:items?|points?))(?:\s+for\s+(?:the\s+)?next\s+meeting)?(?:\s+to\s+(?=\w)|\s*[.;]?\s*$)")]
    private static partial Regex OwnerTakes();

    /// <summary>
    /// A status in brackets opening an action, as registers carried from meeting to meeting write it: "(Pending) Ann to …",
    /// "(STANDING) Everyone to …", "[Done] Book the hall". It is no part of the task.
    /// </summary>
    public static string WithoutLeadingStatus(string text) => LeadingStatus().Replace(text, "");

    [GeneratedRegex(@"^\s*[(\[]\s*(?:done|completed?|closed|in\s+progress|ongoing|on-going|open|outstanding|pending|carried\s+forward|not\s+started|blocked|new|standing|overdue)\s*[)\]]\s*[:\-–]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingStatus();

    /// <summary>A speaker label opening a line ("CH: …"): with a trailing marker it names the owner.</summary>
    public static Regex SpeakerLabel() => Speaker();

    /// <summary>
    /// A heading (or a line standing alone) that opens a list of actions: "Actions", "Action points", "Pending action items",
    /// "Next steps", "To do", "Tasks", "Work assignments", "Actions arising", "Actions agreed at the last meeting", "Summary of actions", "Review of open action items", "Revisit action items", "Action log".
    /// "Old action items", "New and ongoing actions", "Completed actions", "Budget – Action items" (a topic before a dash). A leading item number, in digits or numerals, is allowed ("4. Review of open action items", "IX. Action Items"), so are a timing an agenda gives the slot
    /// ("[10 min]"), a remark in brackets ("Tasks (to be confirmed)") and the word a shared agenda-and-minutes page adds to the section that records it ("… Minutes", "… Notes").
    /// An agenda kept as a task list boxes its entries ("[ ] Revisit action items"); a dash may stand for the colon ("8 Next steps -").
    /// </summary>
    public static bool IsListHeading(string text) => ListHeading().IsMatch(text.Trim());

    /// <summary>The text after a list label that opens it ("Next steps: N/A" → "N/A"); the text itself when none does.</summary>
    public static string WithoutListLabel(string text) =>
        text.IndexOf(':') is > 0 and var colon && IsListHeading(text[..colon]) ? text[(colon + 1)..].Trim() : text.Trim();

    /// <summary>
    /// A sentence that introduces the list below it as the meeting's tasks: "The following action items were agreed:",
    /// "Actions from this meeting are:", "Discussion on the to-do items included:". The list's entries are the actions.
    /// </summary>
    public static bool IsListLeadIn(string text)
    {
        var t = text.Trim();
        return t.Length is > 0 and < 160 && t.EndsWith(':') && !IsListHeading(t) && ListLeadIn().IsMatch(t) && !InlineMarker().IsMatch(t);
    }

    /// <summary>
    /// "Action Items" alone (numbered or not): the heading US agendas give the business to be voted on, which may also title a
    /// list of tasks; "Pending action items", "Action points" and the like title tasks only.
    /// </summary>
    public static bool IsBusinessCategory(string text) => BusinessCategory().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,6}|[A-Z])[.)]?\s+)?action\s+items\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex BusinessCategory();

    /// <summary>
    /// A status label grouping the entries of an action list ("In progress:", "Done:", "Completed:"), as registers that review
    /// earlier actions write it: the entries below it stay in the list.
    /// </summary>
    public static bool IsStatusLabel(string text) => StatusLabel().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:done|completed?|closed|in\s+progress|ongoing|on-going|open|outstanding|pending|carried\s+forward|not\s+started|blocked|new)\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusLabel();

    /// <summary>A heading that is the word "Action" alone, set over the action of a minute ("#### Action").</summary>
    public static bool IsSingleActionHeading(string text) => SingleActionHeading().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:action|action\s+required|action\s+agreed)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex SingleActionHeading();

    /// <summary>A deadline label written after an action ("Due: 25/04/2025", "Deadline – end of May", "By: 3 June").</summary>
    public static Regex DueLabel() => Due();

    /// <summary>A line of its own that gives the deadline of the action above it ("Due: 23 October", "Deadline – 4 December").</summary>
    public static Regex DueLine() => DueLineLabel();

    [GeneratedRegex(@"^\W*(?:due(?:\s+date)?|deadline|target(?:\s+date)?|by\s+when|timescale)\s*[:\-–]\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex DueLineLabel();

    [GeneratedRegex(@"(?:(?<=^|[.;:!?)\]]\s*|\s{2,}|\[|(?:https?|ftp)://\S+\s)(?:(?:Outstanding|OUTSTANDING|Open|New|NEW|Agreed|Previous)\s+)?(?:ACTIONS?|Actions?|(?<=(?:Outstanding|OUTSTANDING|Open|New|NEW|Agreed|Previous)\s+)actions?|AI|Action\s+[Ii]tems?|ACTION\s+ITEMS?|Action\s+[Pp]oints?|ACTION\s+POINTS?|TODO|To-?[Dd]o|ToDo)(?:\s+(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4})(?=\s*[:\-–]|\s+[A-Z]))?(?:\s+(?:No\.?\s*)?\d{1,4}(?:[./]\d{1,3})?(?=\s*[:\-–]))?(?:\s+(?<owner>(?!(?:ITEMS?|POINTS?|LOG|LIST)\b)[A-Z]{2,4}(?:\s*[/&,]\s*[A-Z]{2,4})*|(?!(?:Plan|Plans|Taken|Required|Needed|Log|Date|Owner|Owners|Status|Summary|Tracker|Tables?|Update|Agreed|Arising|Register|Sheet|List|Group|Team|Research|Learning|Day|Week|Area|Type|Due|Points?|Items?|Notes?|Completed|Complete|Pending|Open|Closed|Outstanding|Review|Taken|Recommended|Proposed)\b)[A-Z][a-z]{1,15}(?:\s*(?:[/&]|and)\s*[A-Z][a-z]{1,15})*)(?=(?:\s+\d{4}-\d{1,2}-\d{1,2})?\s*:))?(?:,\s*(?<owner>[A-Z][a-z]{1,15}(?:\s*(?:[/&]|and)\s*[A-Z][a-z]{1,15})*)(?=\s*:))?(?:\s+\d{4}-\d{1,2}-\d{1,2}(?=\s*:))?(?:\s+[-–]\s+(?:DONE|Done|done|CLOSED|Closed|closed|COMPLETED?|Completed?|completed?)(?=\s*:))?(?:\s+from\s+(?:the\s+)?[\w ]{1,30}?\s+meeting(?=\s*:))?(?:\s+for\s+(?<owner>[A-Z][\w.’'-]{0,20}(?:\s+[A-Z][\w.’'-]{0,20}){0,2}(?:\s*(?:,|&|and)\s*[A-Z][\w.’'-]{0,20}){0,3})(?=\s*:))?\s*(?:\((?![sS]\))(?<owner>[^)]{1,40})\)|\[(?<owner>[^\]]{1,40})\]|\([sS]\))?\s*[:\-–]\s*|#(?:action|todo)\b:?\s+|^(?<pre>[A-Z][\w.]{1,12}(?:\s*(?:&|and|/)\s*[A-Z][\w.]{1,12})?)\s+TODO\s*:?\s+|^TODO\s+(?<owner>[^:\s]+(?:\s+[^:\s]+){0,3})\s*:\s+|^TODO\s+(?=[A-Z])|^(?:To\s*-?\s*do|TO\s*DO|Next\s+steps|NEXT\s+STEPS)\s*:\s*$|(?<=^|[.;!?]\s+)Action(?:\s+[Ii]tems?)?\s+(?=[A-Z][\w’' ()]{1,40}?\s+to\s)|(?<=^|[.;!?]\s+)[(\[](?:ACTION|Action|AI|Action\s+[Ii]tem|ACTION\s+ITEM|TODO|To-?[Dd]o)[)\]]\s*(?:[:\-–]\s*)?(?=\S)|(?<=[\p{L}\p{N},–—-]\s+)ACTION\s*:\s*(?=\S))")]
    private static partial Regex InlineMarker();

    [GeneratedRegex(@"^\s*(?:[A-Z]\w+\s+)?(?:ACTIONS|Actions|ACTION\s+POINTS|Action\s+points|Action\s+items)\b")]
    private static partial Regex Plural();

    [GeneratedRegex(@"\s*\((?:TODO|To\s?do|ACTION|Action)(?:\s*[,:;]\s*(?<owner>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?(?:\s*(?:/|&|,|and)\s*[A-Z][\w’'.-]*)*))?\)\s*\.?\s*$")]
    private static partial Regex TrailingMarker();

    [GeneratedRegex(@"(?<=[\w).])\s+(?:Action|ACTION)(?:\s*:|\s+(?:by|BY)\s*:?|\s*\((?=[^()]{1,40}\)\s*\.?\s*$))\s*(?<owner>[A-Z][A-Za-z.’'-]{0,15}(?:\s+[A-Z][A-Za-z’'-]{1,15})?(?:\s*(?:/|&|and)\s*[A-Z][A-Za-z.’'-]{0,15}(?:\s+[A-Z][A-Za-z’'-]{1,15})?)*|All|ALL)\)?\s*\.?\s*$")]
    private static partial Regex TrailingOwnerMarker();

    [GeneratedRegex(@",\s*(?:c/f\s+|carried\s+forward\s+)?(?:action|Action|ACTION)\s+(?<owner>[A-Z][\w’'-]{0,15}(?:\s*(?:/|&|and)\s*[A-Z][\w’'-]{0,15})*)(?<task>\s+to\s+[^.!?]{2,80}?)?\s*(?:[.!?](?=\s|$)|$)")]
    private static partial Regex TrailingClauseMarker();

    [GeneratedRegex(@"^(?<owner>[A-Z][A-Za-z]{1,3}):\s+")]
    private static partial Regex Speaker();

    /// <summary>A task-list box, ticked or not ("[ ]", "[x]", "[✓]"), as Markdown and wiki task lists write it.</summary>
    public const string TaskBox = @"\[[ xX✓✔]?\]";

    // A state or age a list heading gives its actions: "Open actions", "New and ongoing actions", "Completed action items".
    private const string ListQualifier = @"(?:pending|open|outstanding|old|new|agreed|previous|carried[\s-]forward|ongoing|on-going|current|completed|closed)";

    [GeneratedRegex(@"^(?:" + TaskBox + @"\s*)?(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,6}(?=[.)]))[.)]?\s+)?(?:[\p{L}&’' ]{2,50}?\s[–—-]\s+)?(?:(?:summary\s+of|review(?:ing)?(?:\s+of)?|revisit(?:ing)?|follow[\s-]?up\s+(?:on|of)|list\s+of)\s+)?(?:(?:the\s+)?" + ListQualifier + @"(?:\s+(?:and|&)\s+" + ListQualifier + @")?\s+)?(?:action\s+(?:items?|points?|list|log|tracker)|actions(?:\s+(?:arising|agreed|list|log|(?:from|at|of)\s+(?:the\s+)?(?:last|previous)\s+meeting))?|next\s+steps|(?-i:AIs)|to\s*-?\s*do(?:\s+list)?|(?:work|task)\s+assignments|assigned\s+tasks|tasks(?:\s+for\s+(?:the\s+)?(?:next|coming|following)\s+(?:week|fortnight|meeting|sprint|month))?)(?:\s+(?:arising|by\s+person|(?:from|at|of)\s+(?:the\s+)?(?:last|previous)\s+meeting|(?:carried|brought)[\s-]forward))?(?:\s*\{[^}]*\}|\s*\[[^\]]*\bmin[^\]]*\]|\s*\([^()]{1,80}\))?(?:\s+(?:minutes|notes))?\s*(?::|\s[-–—])?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListHeading();

    [GeneratedRegex(@"\b(?:action\s+(?:items?|points?)|actions|to-?\s?do(?:\s+list)?\s+items|next\s+steps)\b(?:(?!\b(?:discussed|considered|raised)\b)[^:.;])*:$", RegexOptions.IgnoreCase)]
    private static partial Regex ListLeadIn();

    [GeneratedRegex(@"^\W*(?:due|deadline|by|target(?:\s+date)?|by\s+when)\b\s*:?\s*\S.{0,60}", RegexOptions.IgnoreCase)]
    private static partial Regex Due();
}
