using System.Text.RegularExpressions;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>
/// The owners in brackets closing an entry of an action list, as many boards and teams write who takes a task:
/// "Book the hall (Ann)", "Draft a budget (Ann &amp; Bob)", "Cost the repairs (Ann, Bob, Carl D., Dana)", "Order the bulbs [Ann]".
/// The brackets must hold only person-like names, initials or offices joined by commas, "&amp;", "/" or "and"; a remark
/// ("(see minute 4)", "(draft)", "(2024)", "(Note: …)") or a status ("(Done)") is part of the task, not its owner.
/// </summary>
public static partial class OwnerBracket
{
    /// <summary>The task without the brackets and the owners as written; null when the entry does not close with such brackets.</summary>
    public static (string Task, string Owner)? Split(string entry)
    {
        var m = Closing().Match(entry);
        if (!m.Success) return null;
        var owner = m.Groups["owner"].Value.Trim();
        var task = entry[..m.Index].Trim();
        // A task must stand before the brackets; a status or placeholder ("(TBC)", "(Done)") names nobody.
        if (task.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2) return null;
        if (Parts(owner).Any(p => ActionOwnerWords.IsNotOwner(p) || ActionOwnerWords.StartsWithImperative(p))) return null;
        return (task, owner);
    }

    /// <summary>
    /// The owners in square brackets opening an entry ("[AL] Book the hall", "[AL/BC] Draft the rules", "[All] Read the
    /// report") or in round ones before a capitalised task ("(Lee, Cole) Write the report"), as teams that refer to members by
    /// initials or surnames write their action lists; null when the entry does not open so.
    /// </summary>
    public static (string Task, string Owner)? SplitLeading(string entry)
    {
        var m = Opening().Match(entry);
        if (!m.Success) return null;
        var owner = m.Groups["owner"].Value.Trim();
        var task = entry[m.Length..].Trim();
        if (task.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2) return null;
        // "Everyone" is an owner here as it is written; remarks and statuses ("[Done]", "[Note]") are not.
        if (!ActionOwnerWords.IsEveryone(owner) && Parts(owner).Any(p => ActionOwnerWords.IsNotOwner(p) || ActionOwnerWords.StartsWithImperative(p))) return null;
        return (task, owner);
    }

    /// <summary>The people of an owner list as written ("Ann, Bob and Carl D." → three parts).</summary>
    internal static IEnumerable<string> Parts(string owner) => Joiner().Split(owner).Select(p => p.Trim()).Where(p => p.Length > 0);

    // One person-like part: up to three capitalised words, each optionally an initial with its dot ("Eve G.", "A. Lee"),
    // or capital initials ("AB").
    private const string Part = @"\p{Lu}[\p{L}’'-]*\.?(?:\s+\p{Lu}[\p{L}’'-]*\.?){0,2}";

    // Up to eight parts joined by commas, "&", "/" or "and": the grammar of a list of owners, wherever it stands.
    internal const string OwnerList = Part + @"(?:\s*(?:,\s*(?:and\s+|&\s*)?|&|/|\band\b)\s*" + Part + @"){0,7}";

    // Square brackets serve as round ones do ("Book the hall [Ann]"), as Markdown and wiki minutes write them.
    [GeneratedRegex(@"\s*(?:\((?<owner>" + OwnerList + @")\)|\\?\[(?<owner>" + OwnerList + @")\\?\](?!\())\s*\.?\s*$")]
    private static partial Regex Closing();

    // "[AL] Book the hall", and "(Lee, Cole) Write the report" as some committees open each action with its owners in round brackets.
    [GeneratedRegex(@"^\s*(?:\\?\[(?<owner>" + OwnerList + @")\\?\]\s+(?!\()|\((?<owner>" + OwnerList + @")\)\s+(?=\p{Lu}))")]
    private static partial Regex Opening();

    [GeneratedRegex(@"\s*(?:,|&|/|\band\b)\s*")]
    private static partial Regex Joiner();
}
