using System.Text;
using System.Text.RegularExpressions;

namespace MinutesIngest.Ml.Topics;

/// <summary>
/// Takes people's names out of an item's text before a topic fit: a topic of who spoke ("smith, jones") says nothing
/// about the subject. Removed are capitalised words of the names in an attendance (the fit passes every meeting's, so a
/// member named in another body's minutes goes too), and capitalised words after an honorific ("Cllr Ann Green", "Dr Quarrendon") or an initial ("J. Brackwell"). Lower-case words stay, so a
/// person called Green does not take "green spaces" with them.
/// </summary>
public static partial class PersonNameFilter
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "cllr", "councillor", "councilor", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord",
        "lady", "rev", "revd", "reverend", "alderman", "mayor",
    };

    /// <summary>The words of people's names (honorifics and initials left out), compared ignoring case.</summary>
    public static HashSet<string> NameWords(IEnumerable<string> names)
    {
        var nameWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
            foreach (Match w in Word().Matches(name))
                if (w.Value.Length > 1 && !Honorifics.Contains(w.Value)) nameWords.Add(w.Value);
        return nameWords;
    }

    /// <summary>The text with the name words replaced by spaces; <paramref name="names"/> are attendees' names.</summary>
    public static string Remove(string text, IEnumerable<string> names) => Remove(text, NameWords(names));

    /// <summary>The text with the name words replaced by spaces; <paramref name="nameWords"/> from <see cref="NameWords"/>.</summary>
    public static string Remove(string text, IReadOnlySet<string> nameWords)
    {
        var b = new StringBuilder(text.Length);
        var last = 0;
        var previous = Previous.Other;
        foreach (Match w in Word().Matches(text))
        {
            var gap = text.AsSpan(last, w.Index - last);
            b.Append(gap);
            last = w.Index + w.Length;
            var capitalised = char.IsUpper(w.Value[0]);
            var initial = capitalised && InitialBefore().IsMatch(text.AsSpan(Math.Max(0, w.Index - 12), Math.Min(w.Index, 12)));
            // "Cllr Ann Green": the capitalised words right after an honorific ("Dr. Quarrendon" too), until punctuation or a lower-case word.
            var named = previous switch
            {
                Previous.Honorific => gap.Trim().IsEmpty || gap.Trim() is ".",
                Previous.Name => gap.Trim().IsEmpty,
                _ => false,
            };
            var honorific = Honorifics.Contains(w.Value);
            var drop = honorific || capitalised && (named || initial || nameWords.Contains(w.Value));
            previous = honorific ? Previous.Honorific : drop && capitalised && named ? Previous.Name : Previous.Other;
            b.Append(drop ? new string(' ', w.Length) : w.Value);
        }
        b.Append(text, last, text.Length - last);
        return b.ToString();
    }

    private enum Previous { Other, Honorific, Name }

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*")]
    private static partial Regex Word();

    // A capital initial and a full stop just before the word ("J. Brackwell", "A.B. Tolliver").
    [GeneratedRegex(@"(?:^|[\s(])(?:\p{Lu}\.\s?)+\s*$")]
    private static partial Regex InitialBefore();
}
