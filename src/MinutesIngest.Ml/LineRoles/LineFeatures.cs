using System.Text.RegularExpressions;
using MinutesIngest.Core.Parsing.Attendance;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Pipeline;
using MinutesIngest.Core.Parsing.Text;

namespace MinutesIngest.Ml.LineRoles;

/// <summary>
/// The layout and text features of each line and its neighbours that the line-role classifier reads: block kind, level,
/// numbering, table position, the lexicon's label shapes, case and length, position in the document, and the role the
/// rules' own findings give the line.
/// </summary>
public static partial class LineFeatures
{
    private static readonly int RoleCount = Enum.GetValues<LineRole>().Length;

    /// <summary>Features of the line alone.</summary>
    public const int OwnCount = 41 + 8;
    /// <summary>Features of a neighbour (the line before or after).</summary>
    public const int NeighbourCount = 10 + 8;
    /// <summary>Where some features sit in a line's own block: the item label read, the inline action marker, the attendance label, the rules' role (one-hot).</summary>
    public const int ItemLabelAt = 6, ActionMarkerAt = 24, AttendanceLabelAt = 28, RulesRoleAt = OwnCount - 8;

    /// <summary>The length of every line's vector: its own, the previous and next line's, and three of context.</summary>
    public const int Count = OwnCount + 2 * NeighbourCount + 3;

    /// <summary>One vector per line; <paramref name="rulesRoles"/> are the roles the rules' findings project to.</summary>
    public static float[][] For(IReadOnlyList<DocLine> lines, IReadOnlyList<LineRole> rulesRoles, int pageCount)
    {
        var own = lines.Select((l, i) => Own(l, i, lines.Count, Math.Max(1, pageCount), rulesRoles[i])).ToArray();
        var result = new float[lines.Count][];
        var sinceAttendanceLabel = 99;
        var sinceActionHeading = 99;
        for (var i = 0; i < lines.Count; i++)
        {
            var v = new float[Count];
            own[i].CopyTo(v, 0);
            Neighbour(i > 0 ? own[i - 1] : null).CopyTo(v, OwnCount);
            Neighbour(i + 1 < lines.Count ? own[i + 1] : null).CopyTo(v, OwnCount + NeighbourCount);
            var k = OwnCount + 2 * NeighbourCount;
            v[k++] = Math.Min(sinceAttendanceLabel, 20) / 20f;
            v[k++] = Math.Min(sinceActionHeading, 20) / 20f;
            v[k] = i > 0 && lines[i - 1].Block == lines[i].Block ? 1 : 0;
            sinceAttendanceLabel = LineRoleProjector.LabelHead(lines[i].Text) != null ? 0 : sinceAttendanceLabel + 1;
            sinceActionHeading = ActionMarkers.IsListHeading(lines[i].Text) ? 0 : sinceActionHeading + 1;
            result[i] = v;
        }
        return result;
    }

    private static float[] Own(DocLine line, int index, int lineCount, int pageCount, LineRole rulesRole)
    {
        var text = line.Text;
        var v = new float[OwnCount];
        var k = 0;
        v[k + (int)line.Origin] = 1;
        k += 4;
        v[k++] = Math.Min(line.Level, 6) / 6f;
        v[k++] = line.Number != null ? 1 : 0;
        var label = line.Number != null ? ItemLabelGrammar.ReadRendered(line.Number, text) : ItemLabelGrammar.ReadLineStart(text);
        v[k++] = label != null ? 1 : 0;
        v[k++] = label?.Scheme == NumberScheme.Decimal ? 1 : 0;
        v[k++] = label?.Scheme is NumberScheme.Slash or NumberScheme.Labelled or NumberScheme.Reference or NumberScheme.Compound ? 1 : 0;
        v[k++] = label?.Scheme is NumberScheme.Letter or NumberScheme.Roman ? 1 : 0;
        v[k++] = label?.Parts.Count is > 1 ? 1 : 0;
        v[k++] = line.Row < 0 ? 0 : Math.Min(line.Row + 1, 10) / 10f;
        v[k++] = line.Row == 0 ? 1 : 0;
        v[k++] = line.Column < 0 ? 0 : Math.Min(line.Column + 1, 6) / 6f;
        v[k++] = line.IsMargin ? 1 : 0;
        v[k++] = line.StartsBlock ? 1 : 0;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        v[k++] = MathF.Log(1 + text.Length) / 8f;
        v[k++] = Math.Min(words.Length, 60) / 60f;
        var letters = text.Count(char.IsLetter);
        v[k++] = letters == 0 ? 0 : text.Count(char.IsUpper) / (float)letters;
        v[k++] = text.Length == 0 ? 0 : text.Count(char.IsDigit) / (float)text.Length;
        v[k++] = words.Length == 0 ? 0 : words.Count(w => char.IsUpper(w[0])) / (float)words.Length;
        v[k++] = text.EndsWith(':') ? 1 : 0;
        v[k++] = text.EndsWith('.') ? 1 : 0;
        var colon = text.IndexOf(':');
        v[k++] = colon >= 0 && colon < 30 ? 1 : 0;
        var marker = ActionMarkers.Inline().Match(text);
        v[k++] = marker.Success ? 1 : 0;
        v[k++] = marker.Success && marker.Index <= 2 ? 1 : 0;
        v[k++] = ActionMarkers.IsListHeading(text) ? 1 : 0;
        v[k++] = ActionMarkers.DueLine().IsMatch(text) ? 1 : 0;
        v[k++] = LineRoleProjector.LabelHead(text) != null ? 1 : 0;
        v[k++] = LineRoleProjector.IsLabelOnly(text) ? 1 : 0;
        v[k++] = Math.Min(text.Count(c => c == ','), 10) / 10f;
        v[k++] = Math.Min(text.Count(c => c == '('), 5) / 5f;
        v[k++] = BracketInitials().IsMatch(text) ? 1 : 0;
        v[k++] = DateFinder.FindFirst(text) != null ? 1 : 0;
        v[k++] = TimeFinder.FindFirst(text) != null ? 1 : 0;
        v[k++] = MeetingVocabulary.HasMeetingWord(text) ? 1 : 0;
        v[k++] = words.Any(w => RoleWords.Descriptors.Contains(w.Trim(',', '.', ';', ':', '(', ')'))) ? 1 : 0;
        v[k++] = words.Any(w => RoleWords.Honorifics.Contains(w.Trim(',', '.', ';', ':', '(', ')'))) ? 1 : 0;
        v[k++] = Math.Min(PersonEntryParser.SplitTopLevel(text).Count(p => PersonNames.LooksLikeName(p.Trim())), 5) / 5f;
        v[k++] = lineCount <= 1 ? 0 : index / (float)(lineCount - 1);
        v[k++] = line.Page / (float)pageCount;
        if (k != OwnCount - RoleCount) throw new InvalidOperationException($"line features: {k} written, {OwnCount - RoleCount} declared");
        v[k + (int)rulesRole] = 1;
        return v;
    }

    // Origin (4), label read, action marker, attendance label, ends with a colon, length, upper-case share, and the rules' role.
    private static float[] Neighbour(float[]? own)
    {
        var v = new float[NeighbourCount];
        if (own == null) return v;
        Array.Copy(own, 0, v, 0, 4);
        int[] picks = [6, 24, 28, 21, 16, 18];
        for (var j = 0; j < picks.Length; j++) v[4 + j] = own[picks[j]];
        Array.Copy(own, OwnCount - RoleCount, v, 10, RoleCount);
        return v;
    }

    [GeneratedRegex(@"\([A-Z]{2,4}\)")]
    private static partial Regex BracketInitials();
}
