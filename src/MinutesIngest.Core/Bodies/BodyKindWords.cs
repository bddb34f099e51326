using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Bodies;

/// <summary>The words that name a kind of body ("… Council", "… Society", "… Township"), written once for every rule that reads
/// a body's name.</summary>
public static partial class BodyKindWords
{
    /// <summary>A regex alternation of the kinds of body a name can end in; callers add the forms only they read.</summary>
    /// <remarks>"Board" and "Trust" come before longer words that share their start: a caller that reads "Board of Trustees …"
    /// puts its own alternative first, and a caller that needs "Trustees" closes the alternation with a word boundary or an
    /// anchor.</remarks>
    public const string Alternation =
        "Council|Committee|Sub-Committee|Board|Trust|Trustees|Governors|Association|Society|Club|Panel|Group|Team|Foundation|"
        + "Partnership|Forum|Cabinet|Assembly|Executive|Union|Commission|Authority|Federation|Township|PTA|PTO|PTSA|PAC";

    /// <summary>True when a capitalised name ends in the word for its kind ("… Board of Directors", "… Parish Council").</summary>
    public static bool EndsInKind(string name) => KindEndPattern().IsMatch(name);

    /// <summary>True when a name is only the kind of organ that met ("Committee", "Board of Directors", "Officers and Trustees",
    /// "Regular Board"): every body has one, so it says which kind met but not which body.</summary>
    public static bool IsKindOnly(string name)
    {
        var words = name.Split([' ', '\'', '’'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w => OrganWords.Contains(w.Trim('.', ',', ':', ';', '-', '–')));
    }

    /// <summary>True when a name ends in the organ that met (committee, board, panel, cabinet, governing body …) rather than in
    /// the council or organisation it belongs to.</summary>
    public static bool EndsInOrgan(string name) => OrganEndPattern().IsMatch(name);

    [GeneratedRegex(@"\b(?:committee|sub-committee|board|panel|cabinet|governing\s+body|forum|group|commission|team|board\s+of\s+(?:trustees|directors|governors|management|commissioners|supervisors|education))$", RegexOptions.IgnoreCase)]
    private static partial Regex OrganEndPattern();

    // The organs every body has, the words that qualify them and those that join them; a parents' association named by its
    // kind alone ("PTO") is any school's.
    private static readonly HashSet<string> OrganWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "board", "committee", "sub-committee", "council", "directors", "trustees", "governors", "officers", "members", "executive",
        "management", "steering", "full", "regular", "special", "annual", "general", "monthly", "ordinary", "extraordinary",
        "pta", "pto", "ptsa", "pac", "the", "of", "and", "&", "s",
    };

    [GeneratedRegex(@"\b(?:Directors|" + Alternation + @")$")]
    private static partial Regex KindEndPattern();
}
