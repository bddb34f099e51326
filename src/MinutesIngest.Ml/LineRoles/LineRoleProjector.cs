using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Pipeline;
using MinutesIngest.Core.Parsing.Text;
using MinutesIngest.Scoring;
using MinutesIngest.Core.Text;

namespace MinutesIngest.Ml.LineRoles;

/// <summary>
/// Projects a record (gold, or what the rules found) onto a document's lines: the line each action, item and attendee
/// was read from gets that role, found by matching the record's normalised strings to the line text. Actions win over
/// items, items over attendance; lines left over are item body after the first item heading, else other.
/// </summary>
public static class LineRoleProjector
{
    private const double ActionContainment = 0.6;
    private const double TitleContainment = 0.6;

    public static LineRole[] Project(IReadOnlyList<DocLine> lines, MinutesRecord record)
    {
        var roles = new LineRole[lines.Count];
        var tokens = lines.Select(l => TextTokens.Of(l.Text)).ToArray();
        MarkActions(lines, record.Actions, tokens, roles);
        MarkItems(lines, record.Items, tokens, roles);
        MarkAttendance(lines, record.Attendance, tokens, roles);
        var firstItem = Array.IndexOf(roles, LineRole.ItemHeading);
        MarkMetadata(lines, record, tokens, roles, firstItem < 0 ? Math.Min(lines.Count, 40) : firstItem);
        for (var i = Math.Max(0, firstItem); firstItem >= 0 && i < lines.Count; i++)
            if (roles[i] == LineRole.Other) roles[i] = LineRole.ItemBody;
        return roles;
    }

    private static void MarkActions(IReadOnlyList<DocLine> lines, IReadOnlyList<ActionItem> actions, IReadOnlySet<string>[] tokens, LineRole[] roles)
    {
        foreach (var action in actions)
        {
            var words = TextTokens.Of(action.Text);
            if (words.Count == 0) continue;
            var best = -1;
            var bestShare = ActionContainment;
            for (var i = 0; i < lines.Count; i++)
            {
                var share = words.Count(tokens[i].Contains) / (double)words.Count;
                // The first line that carries the action wins a tie: an action log repeats inline actions later.
                if (share > bestShare + 1e-9) (best, bestShare) = (i, share);
            }
            if (best < 0) continue;
            var line = lines[best];
            var role = line.Origin == LineOrigin.TableCell && line.Row > 0 ? LineRole.ActionLogRow : LineRole.Action;
            roles[best] = role;
            if (role != LineRole.ActionLogRow) continue;
            // The row's other cells (owner, due date, reference) belong to the same log row.
            for (var i = 0; i < lines.Count; i++)
                if (lines[i].Block == line.Block && lines[i].Row == line.Row && roles[i] == LineRole.Other) roles[i] = LineRole.ActionLogRow;
        }
    }

    private static void MarkItems(IReadOnlyList<DocLine> lines, IReadOnlyList<AgendaItem> items, IReadOnlySet<string>[] tokens, LineRole[] roles)
    {
        var from = 0;
        foreach (var item in items)
        {
            var key = ItemNumberNormalizer.Normalize(item.Number);
            if (key.Length == 0) continue;
            var title = TextTokens.Of(item.Title);
            var found = Find(from, lines.Count) ?? Find(0, from);
            if (found is not { } at) continue;
            if (roles[at] == LineRole.Other) roles[at] = LineRole.ItemHeading;
            from = at + 1;

            int? Find(int start, int end)
            {
                for (var i = start; i < end; i++)
                {
                    if (roles[i] is LineRole.Action or LineRole.ActionLogRow) continue;
                    var label = Label(lines[i]);
                    if (label == null || !(label == key || key.EndsWith("." + label, StringComparison.Ordinal))) continue;
                    var near = i + 1 < lines.Count ? tokens[i].Union(tokens[i + 1]).ToHashSet() : tokens[i];
                    if (title.Count == 0 || title.Count(near.Contains) / (double)title.Count >= TitleContainment) return i;
                }
                return null;
            }
        }
    }

    /// <summary>The normalised item label a line starts with or carries as its rendered number; null when it has none.</summary>
    public static string? Label(DocLine line)
    {
        var read = line.Number != null ? ItemLabelGrammar.ReadRendered(line.Number, line.Text) : ItemLabelGrammar.ReadLineStart(line.Text);
        return read == null ? null : ItemNumberNormalizer.Normalize(read.Number);
    }

    private static void MarkAttendance(IReadOnlyList<DocLine> lines, IReadOnlyList<Attendee> people, IReadOnlySet<string>[] tokens, LineRole[] roles)
    {
        var names = people.Select(p => NameNormalizer.Normalize(p.Name).Split(' ').Where(t => t.Length > 1).ToArray())
            .Where(n => n.Length > 0).ToList();
        var entries = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (roles[i] != LineRole.Other) continue;
            var found = names.Where(n => n.All(tokens[i].Contains)).ToList();
            if (found.Count == 0) continue;
            var nameWords = found.SelectMany(n => n).Distinct().Count();
            // A name inside a long sentence is a mention; an entry is mostly names, or opens with an attendance label.
            if (tokens[i].Count <= 12 || nameWords >= 0.3 * tokens[i].Count || LabelHead(lines[i].Text) != null)
            {
                roles[i] = LineRole.AttendanceEntry;
                entries.Add(i);
            }
        }
        for (var i = 0; i < lines.Count; i++)
            if (roles[i] == LineRole.Other && IsLabelOnly(lines[i].Text) && entries.Any(e => e > i && e <= i + 5))
                roles[i] = LineRole.AttendanceHeading;
    }

    private static void MarkMetadata(IReadOnlyList<DocLine> lines, MinutesRecord record, IReadOnlySet<string>[] tokens, LineRole[] roles, int end)
    {
        var m = record.Meeting;
        var title = TextTokens.Of(m.Title);
        var venue = TextTokens.Of(m.Venue);
        var people = new[] { m.Chair, m.MinuteTaker, m.Body }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(TextTokens.Of).ToList();
        DateOnly? date = m.Date != null && DateOnly.TryParse(m.Date, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
        for (var i = 0; i < end; i++)
        {
            if (roles[i] != LineRole.Other || tokens[i].Count == 0) continue;
            var t = tokens[i];
            bool Covers(IReadOnlySet<string> value) => value.Count > 0 && value.Count(t.Contains) >= 0.8 * value.Count && t.Count <= value.Count + 6;
            var hit = Covers(title) || Covers(venue) || people.Any(Covers)
                      || (date is { } day && DateFinder.FindAll(lines[i].Text, day.Year).Any(x => x.Date == day) && t.Count <= 12)
                      || (m.StartTime != null && TimeFinder.FindFirst(lines[i].Text) == m.StartTime && t.Count <= 12);
            if (hit) roles[i] = LineRole.MeetingMetadata;
        }
    }

    /// <summary>The attendance group label opening a line ("Present:", "Apologies –"), else null.</summary>
    public static string? LabelHead(string text)
    {
        var clean = AttendanceVocabulary.WithoutLeadingMarkup(text).Trim();
        var cut = clean.IndexOfAny([':', '–', '-']);
        var head = (cut > 0 ? clean[..cut] : clean).Trim().TrimEnd('*', '_').Trim();
        return AttendanceVocabulary.IsGroupLabel(head) ? head : null;
    }

    /// <summary>True when the line is an attendance group label and nothing else ("Present:", "Apologies").</summary>
    public static bool IsLabelOnly(string text)
    {
        var clean = AttendanceVocabulary.WithoutLeadingMarkup(text).Trim().TrimEnd(':', '*', '_', ' ');
        return clean.Length > 0 && AttendanceVocabulary.IsGroupLabel(clean);
    }
}
