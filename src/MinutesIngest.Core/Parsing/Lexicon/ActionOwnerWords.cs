using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Lexicon;

/// <summary>
/// How minutes write an action's owner, written once: owner-only markers and margin entries (initials, first names),
/// words that sit in owner columns but are not owners (statuses, "None"), group owners, and words that open an
/// imperative action rather than name an owner ("Provide …", "Review …").
/// </summary>
public static partial class ActionOwnerWords
{
    /// <summary>Initials, a first name or several of them joined ("MS", "AHol", "NO/BM", "Tom and Ann", "All").</summary>
    public static bool IsOwnerOnly(string text) => OwnerOnly().IsMatch(text);

    /// <summary>A status or placeholder written where an owner would be ("Open", "Closed", "Ongoing", "None", "TBC", "Noted").</summary>
    public static bool IsNotOwner(string text) => NotOwner().IsMatch(text.Trim());

    /// <summary>Everyone at the meeting ("All", "Everyone", "Team"): no single owner.</summary>
    public static bool IsEveryone(string text) => Everyone().IsMatch(text.Trim());

    /// <summary>Several owners or a group ("NO/BM", "Tom and Ann", "All members", "Board members", "everyone").</summary>
    public static bool IsSeveral(string owner) => Several().IsMatch(owner);

    /// <summary>A text that opens with an imperative verb ("Provide draft changes …"): it names no owner.</summary>
    public static bool StartsWithImperative(string text) => Imperative().IsMatch(text);

    /// <summary>
    /// An owner in brackets standing after the action's full stop, alone: "Action item: Book the hall. (AB)". The initials or
    /// names inside; null when the brackets hold anything else (a remark, a status).
    /// </summary>
    public static string? Bracketed(string text)
    {
        var m = BracketedOwner().Match(text);
        if (!m.Success) return null;
        var owner = m.Groups["owner"].Value.Trim();
        return IsOwnerOnly(owner) && !IsNotOwner(owner) ? owner : null;
    }

    [GeneratedRegex(@"^\s*\((?<owner>[^()]{1,30})\)\s*\.?\s*$")]
    private static partial Regex BracketedOwner();

    /// <summary>
    /// Who and by when, and nothing else, after an action marker: "Ann Lee by 03 Nov", "Ann and Bob, by end January",
    /// "Secretary before next meeting". Length covers the match, so text after it (the next action's task) can be told apart.
    /// </summary>
    public static (string Owner, string Due, int Length)? OwnerThenDue(string text)
    {
        var m = OwnerDue().Match(text);
        if (!m.Success) return null;
        var owner = m.Groups["owner"].Value.Trim();
        if (IsNotOwner(owner) || StartsWithImperative(owner)) return null;
        return (owner, m.Groups["due"].Value.Trim(), m.Length);
    }

    [GeneratedRegex(@"^\s*(?<owner>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|and|&)){0,5})\s*,?\s+(?<due>(?:by|before)\s+(?:the\s+)?(?:end\s+(?:of\s+)?)?(?:next\s+[A-Za-z]+(?:\s+meeting)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?|[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?))(?![\w/])\s*[.;]?")]
    private static partial Regex OwnerDue();

    [GeneratedRegex(@"^(?:[A-Z][A-Za-z]{0,4}(?:\s*/\s*[A-Z][A-Za-z]{0,4})*|All|ALL|[A-Z][a-z]+(?:\s*(?:/|&|and)\s*[A-Z][a-z]+)*)\.?$")]
    private static partial Regex OwnerOnly();

    [GeneratedRegex(@"^(?:none|nil|n/?a|tbc|tba|tbd|noted|agreed|approved|open|closed|done|complete|completed|ongoing|on-going|pending|deferred|in progress|status|update|action|actions|owner|who|by|lead|ref|see below\W*|carried forward|unassigned|unallocated|nobody|no one|superseded|withdrawn|cancelled|postponed|(?:due|deadline)\b.*)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotOwner();

    [GeneratedRegex(@"^(?:all|everyone|everybody|team)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Everyone();

    [GeneratedRegex(@"/|\band\b|&|\ball\b|,|\beveryone\b|\b(?:team|board|committee|panel|group)?\s*members\b", RegexOptions.IgnoreCase)]
    private static partial Regex Several();

    [GeneratedRegex(@"^(?:provide|develop|find|investigate|establish|determine|identify|bring|consider|review|send|circulate|update|prepare|arrange|contact|write|check|confirm|research|organi[sz]e|discuss|draft|explore|ensure|follow|look|make|obtain|produce|publish|set|share|submit|talk|add|ask|book|chase|invite|present|seek|agree|create|get|put|swap|sort|lobby|speak|meet|email|call|schedule|plan|collect|compile|complete|finalise|finalize|raise|request|respond|reply|liaise|upload|communicate|inform|notify|remind|help|support|test|fix|implement|install|move|pay|print|purchase|buy|register|renew|return|sign|visit|coordinate|co-ordinate|design|distribute|include|merge|record|translate|verify|assess|apply|engage|introduce|monitor|continue|issue|order|reach|resend|re-send|analy[sz]e|clarify|document|edit|fill|gather|draw|display|replace|repair|train|recruit|advertise|promote|approach|digitise|digitize|defer|copy|poll|improve|remove|delete|convert|announce|nominate|forward|rename|tidy|clean|try|keep|start|finish)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Imperative();
}
