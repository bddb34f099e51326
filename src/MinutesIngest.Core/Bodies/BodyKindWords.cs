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
        + "Partnership|Forum|Cabinet|Assembly|Executive|Union|Commission|Authority|Federation|Township";

    /// <summary>True when a capitalised name ends in the word for its kind ("… Board of Directors", "… Parish Council").</summary>
    public static bool EndsInKind(string name) => KindEndPattern().IsMatch(name);

    [GeneratedRegex(@"\b(?:Directors|" + Alternation + @")$")]
    private static partial Regex KindEndPattern();
}
