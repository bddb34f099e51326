using System.Text.RegularExpressions;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>
/// Reads the owner as written from an action's text: "DCC to share…", "Cllr B Hartley was asked to…", initials before a
/// dash ("SS – submit the grant"), the people asked ("Ask Ann/Bob to …"), and an owner after an opening clause ("Upon receipt of the note, SP to provide…").
/// </summary>
public static partial class ActionOwnerReader
{
    public static string? FromText(string text)
    {
        // "@alee will open an issue", "@alee check the build": a handle opening the action is who acts on it.
        if (PersonCodes.LeadingHandles(text) is { } handles) return handles;
        var dash = InitialsDash().Match(text);
        if (dash.Success) return dash.Groups["owner"].Value;
        // "Ask Ann/Bob to draft the rules": the meeting hands the task to the people it asks.
        var asked = AskedOwner().Match(text);
        if (asked.Success) return asked.Groups["owner"].Value;
        // "Minutes to be circulated by the clerk within a week": a passive task names its owner as the agent after "by".
        var passive = PassiveTask().Match(text);
        if (passive.Groups["owner"].Success) return passive.Groups["owner"].Value;
        // "Meanwhile, Ann to check the lease": the owner follows a sentence adverb.
        if (Connective().Match(text) is { Success: true } connective) return FromText(text[connective.Length..]);
        // "AB, CD and EF to review the issues", "Ann, Bob, Carl to book": several owners listed before the verb.
        if (OwnerListVerb().Match(text) is { Success: true } list && !NotOwner().IsMatch(list.Groups["owner"].Value))
            return list.Groups["owner"].Value;
        var owner = OwnerBeforeVerb(text);
        if (owner != null) return owner;
        // "KF raise the matter with the commission": initials straight before the verb.
        var initials = InitialsVerb().Match(text);
        if (initials.Success) return initials.Groups["owner"].Value;
        // "Upon receipt of the note, SP to provide …": the owner follows an opening clause.
        var clause = OpeningClause().Match(text);
        if (clause.Success && OwnerBeforeVerb(text[clause.Length..]) is { } afterClause) return afterClause;
        // "Confirm whether the plan is public (Jo Bloggs).": the owner in brackets at the end.
        // A status in brackets ("(Done)", "(Ongoing)") names nobody.
        var bracket = BracketOwner().Match(text);
        return bracket.Success && !ActionOwnerWords.IsNotOwner(bracket.Groups["owner"].Value) ? bracket.Groups["owner"].Value : null;
    }

    /// <summary>
    /// An entry of an action list that opens with its owner glued to a dash or followed by a colon ("Kim- update the
    /// page", "Kim (with Joe)- update", "Kim W: update", "Kim/Joe: update", "Kim, Joe: update", "[Kim]: update"): the owner as written and the task after it.
    /// </summary>
    public static (string Owner, string Task)? EntryOwner(string text)
    {
        var m = EntryOwnerPrefix().Match(text);
        if (!m.Success || NotOwner().IsMatch(m.Groups["owner"].Value)) return null;
        return (m.Groups["owner"].Value.Trim(), text[m.Length..].Trim());
    }

    /// <summary>
    /// An entry of a task list that closes with its owners after a colon ("Mesh: finish the elements: Ann", "Windows build:
    /// Ann/Bob", "Write the guide: Ann?"), as lists that share out work write it: the owners. Two names either side of one
    /// colon ("Ann: Bob") are no task and owner.
    /// </summary>
    public static string? TrailingColonOwner(string text)
    {
        var m = TrailingNames().Match(text.Trim());
        if (!m.Success) return null;
        var owner = m.Groups["owner"].Value;
        var names = OwnerBracket.Parts(owner).ToList();
        var task = m.Groups["task"].Value;
        if (names.Count == 1 && !task.Contains(':') && !LowerCaseWord().IsMatch(task)) return null;
        return names.TrueForAll(n => Attendance.PersonNames.LooksLikeName(n) && !ActionOwnerWords.IsNotOwner(n) && !MotionWord().IsMatch(n)) ? owner : null;
    }

    // The owners after the last colon are written as any list of owners is (OwnerBracket's grammar).
    [GeneratedRegex(@"^(?<task>.*?\S)\s*:\s*(?<owner>" + OwnerBracket.OwnerList + @")\s*\??\s*$")]
    private static partial Regex TrailingNames();

    [GeneratedRegex(@"(?<![\p{L}’'-])\p{Ll}{2,}\b")]
    private static partial Regex LowerCaseWord();

    /// <summary>
    /// A text opening with one to three capitalised names before a colon ("Ann: book the hall", "Ann Lee/Bob: draft"): the
    /// owner and the task. Labels of a recorded vote ("Moved: Ann") and statuses are no owners.
    /// </summary>
    public static (string Owner, string Task)? ColonOwner(string text)
    {
        var m = OwnerColon().Match(text);
        if (!m.Success) return null;
        var owner = m.Groups["owner"].Value;
        if (ActionOwnerWords.IsNotOwner(owner) || MotionWord().IsMatch(owner) || NotOwner().IsMatch(owner)) return null;
        return (owner, text[m.Length..].Trim());
    }

    [GeneratedRegex(@"^(?<owner>\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}(?:\s*(?:/|&|\band\b)\s*\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})*)\s*:\s+(?=\S)")]
    private static partial Regex OwnerColon();

    // The labels of a recorded vote ("Moved: Ann", "Carried: unanimously") and of a minute's parts name no owner.
    [GeneratedRegex(@"^(?:motion|moved|seconded|seconder|proposer|proposed|carried|vote|votes|result|note|notes|decision|resolution|resolved|issue|question|answer|comment|summary|background|outcome)$", RegexOptions.IgnoreCase)]
    private static partial Regex MotionWord();

    private static string? OwnerBeforeVerb(string text)
    {
        if (ActionOwnerWords.StartsWithImperative(text)) return null;
        // "Financial reports to be shared before the meeting": the subject of a passive task is what is acted on, not who acts.
        if (PassiveTask().IsMatch(text)) return null;
        var m = OwnerVerb().Match(text);
        if (!m.Success) return null;
        // The owner as written keeps its article ("The project office to …"); ActionRule drops it before an attendee's office.
        var owner = m.Groups["owner"].Value.Trim().TrimEnd(',');
        // "Bank accounts - RS to look into them": a topic before a dash, then the owner.
        if (TopicDash().Match(owner) is { Success: true } topic) owner = owner[topic.Length..];
        // "AA/CG We should work with …": the owners' initials, then the sentence's own subject.
        if (TrailingPronoun().Match(owner) is { Success: true } pronoun) owner = owner[..pronoun.Index];
        if (owner.Length == 0 || owner.Split(' ').Length > 6 || !char.IsUpper(owner[0]) && !char.IsLower(owner[0])) return null;
        if (NotOwner().IsMatch(owner) || IsGerundTopic(owner)) return null;
        return owner;
    }

    // "Moving the main channel to the forum": a topic named by a gerund phrase, ending in a common noun, is the task, not its
    // owner. A name ("Browning Hale"), an office ("Planning Manager"), a group named by its work ("Planning committee") or a
    // heading run into the sentence before its owner ("Opening hours Cabinet") is.
    private static bool IsGerundTopic(string owner) =>
        Gerund().IsMatch(owner) && owner.Split(' ')[^1] is { Length: > 0 } last && char.IsLower(last[0])
        && !Attendance.PersonNames.LooksLikeName(owner) && !GroupNoun().IsMatch(owner) && !RoleWords.IsOfficeEnd(last);

    [GeneratedRegex(@"^\p{Lu}\p{Ll}{2,}ing\s")]
    private static partial Regex Gerund();

    [GeneratedRegex(@"\b(?:committee|group|team|board|panel|party|council|office|staff|sub-committee|subcommittee)s?$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupNoun();

    [GeneratedRegex(@"^(?<owner>(?:the\s+)?[A-Za-z][\w’'./&-]*(?:\s+(?:[\w’'./&-]+|\([\w’'.-]+\))){0,5}?)\s+(?:to|will|would|was\s+asked\s+to|were\s+asked\s+to|(?:had|has|have)\s+been\s+asked\s+to|is\s+to|are\s+to|agreed\s+to|undertook\s+to|should|needs?\s+to|(?:has|have)\s+to|must)\s+\w")]
    private static partial Regex OwnerVerb();

    // The subject, then "to be" and a past participle ("to be shared", "to be taken", "to be done") as the sentence's first "to", and the
    // agent after "by" when one is named (group owner). The agent opens with a capital and is no date ("by Friday", "by June
    // 2025", "by End of term" are deadlines).
    [GeneratedRegex(@"^(?:(?!\b(?:to|will)\b)[^.;:]){1,80}?\s+(?:to|will|is\s+to|are\s+to)\s+be\s+(?:[a-z]+(?:ed|en|t)|done|made|paid|held|set|put|found|read|run|laid|sold|told|kept|shown|drawn)\b(?:\s+by\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|End|Close|Mid|Next|The\s+end|COB|EOD|Q[1-4])\b)(?<owner>(?:the\s+)?[A-Z][\w’'./-]*(?:\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w’'./-]*|\s+[A-Z][\w’'./-]*){0,3})(?=[\s,.;)\]]|$))?")]
    private static partial Regex PassiveTask();

    // Initials or single capitalised names, at least three of them or two joined by a comma, then the verb of the task.
    [GeneratedRegex(@"^(?<owner>\p{Lu}[\p{L}’'-]*(?:\s*,\s*\p{Lu}[\p{L}’'-]*)+(?:\s*,?\s*(?:and|&)\s+\p{Lu}[\p{L}’'-]*)?)\s+(?:to|will)\s+\p{Ll}")]
    private static partial Regex OwnerListVerb();

    // A sentence adverb before a comma ("Meanwhile, Ann to …") opens the sentence; it is not one of the owners.
    [GeneratedRegex(@"^(?:\p{L}+ly|however|therefore|meanwhile|again|next|then|otherwise|thereafter|now)\s*,\s*(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex Connective();

    [GeneratedRegex(@"(?<=\S)\s+(?:We|we|They|they|I)$")]
    private static partial Regex TrailingPronoun();

    [GeneratedRegex(@"^(?i:ask|asks|asked)\s+(?<owner>\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)?(?:\s*(?:/|&|,|\band\b)\s*\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)?)*)\s+to\s+\w")]
    private static partial Regex AskedOwner();

    [GeneratedRegex(@"^(?<owner>[A-Z]{2,4}(?:\s*/\s*[A-Z]{2,4})*)\s+[–—-]\s+(?=\w)")]
    private static partial Regex InitialsDash();

    [GeneratedRegex(@"^(?<owner>[A-Z]{2,4}(?:\s*/\s*[A-Z]{2,4})*)\s+(?=[a-z]{3,}\s)(?!to\s|will\s|and\s|of\s|is\s|are\s|was\s|were\s|has\s|have\s|had\s)")]
    private static partial Regex InitialsVerb();

    [GeneratedRegex(@"^(?<open>\[)?(?<owner>\p{Lu}[\p{L}.’']*(?:/\p{Lu}[\p{L}.’']*)*(?:\s+(?:\p{Lu}[\p{L}.’']*|\([^()\-–—:]{1,30}\)?)){0,3}(?:(?:\s*,\s*|\s+(?:and|&)\s+)\p{Lu}[\p{L}.’']*(?:\s+\p{Lu}[\p{L}.’']*){0,2}){0,3})(?(open)\])(?:[–—-]\s+|\s*:\s+)(?=\S)")]
    private static partial Regex EntryOwnerPrefix();

    [GeneratedRegex(@"^.{2,40}?\s[–—-]\s+(?=\S)")]
    private static partial Regex TopicDash();

    [GeneratedRegex(@"\((?<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\)\.?$")]
    private static partial Regex BracketOwner();

    [GeneratedRegex(@"^(?:upon|following|after|once|if|when|subject\s+to|in\s+light\s+of|before)\b[^,]{2,60},\s*", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningClause();

    [GeneratedRegex(@"^(?:it|this|that|there|we|they|also|and|please|need|continue|decision|agreed|proposal|update|in order|how|what|upon|following|after|once|if|when|people|someone|somebody|anyone|anybody)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotOwner();
}
