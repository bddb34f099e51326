using MinutesIngest.Core.Text;

namespace MinutesIngest.Scoring;

/// <summary>Folds a person's name (or an owner written as a name) to the key people are matched on.</summary>
/// <remarks>
/// Honorifics are dropped wherever they stand as a whole word, not only at the start, so that joined
/// values such as "Cllr A Smith, Cllr B Jones" compare equal to "A Smith, B Jones". The contract keeps
/// honorifics in names as written, and documents are inconsistent about them ("Cllr." / "Cllr" / none).
/// </remarks>
public static class NameNormalizer
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "cllr", "cllrs", "councillor", "councillors", "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "sir", "messrs",
    };

    /// <summary>The comparison key of a name; a value made only of honorifics keeps them rather than becoming "".</summary>
    public static string Normalize(string? name)
    {
        var text = TextNormalizer.Normalize(name);
        if (text.Length == 0) return text;
        var words = text.Split(' ');
        var kept = words.Where(w => !Honorifics.Contains(w)).ToArray();
        return kept.Length == 0 ? text : string.Join(' ', kept);
    }

    /// <summary>True when both names have the same comparison key.</summary>
    public static bool AreEqual(string? a, string? b) => Normalize(a) == Normalize(b);
}
