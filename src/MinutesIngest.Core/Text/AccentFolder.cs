namespace MinutesIngest.Core.Text;

/// <summary>Maps lower-case accented Latin letters to their base letters ("tomáš" → "tomas").</summary>
/// <remarks>
/// The project builds with InvariantGlobalization, where <c>string.Normalize(FormD)</c> does not decompose,
/// so the common Latin-1 and Latin Extended-A letters are folded from a table instead.
/// </remarks>
internal static class AccentFolder
{
    private static readonly Dictionary<char, string> Map = Build();

    public static void AppendFolded(System.Text.StringBuilder sb, char c)
    {
        if (Map.TryGetValue(c, out var plain)) sb.Append(plain);
        else sb.Append(c);
    }

    private static Dictionary<char, string> Build()
    {
        var map = new Dictionary<char, string>();
        void Add(string accented, string plain)
        {
            foreach (var c in accented) map[c] = plain;
        }
        Add("àáâãäåāăą", "a"); Add("çćĉċč", "c"); Add("ďđ", "d"); Add("èéêëēĕėęě", "e"); Add("ĝğġģ", "g");
        Add("ĥħ", "h"); Add("ìíîïĩīĭįı", "i"); Add("ĵ", "j"); Add("ķ", "k"); Add("ĺļľŀł", "l"); Add("ñńņňŉ", "n");
        Add("òóôõöøōŏő", "o"); Add("ŕŗř", "r"); Add("śŝşš", "s"); Add("ţťŧ", "t"); Add("ùúûüũūŭůűų", "u");
        Add("ŵ", "w"); Add("ýÿŷ", "y"); Add("źżž", "z"); Add("æ", "ae"); Add("œ", "oe"); Add("ð", "d"); Add("þ", "th");
        map['ß'] = "ss";
        return map;
    }
}
