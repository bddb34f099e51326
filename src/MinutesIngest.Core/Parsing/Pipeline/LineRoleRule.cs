using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Actions;
using MinutesIngest.Core.Parsing.Attendance;
using MinutesIngest.Core.Parsing.Items;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Pipeline;

/// <summary>
/// Reads: document, lines, meeting, attendance, items, actions, owner resolver. Writes: <see cref="ParseContext.LearnedAdditions"/>:
/// people, items and actions on lines no rule claimed that the advisor reads as attendance entries, item headings or actions
/// with at least <paramref name="threshold"/> confidence. It never overrules a line a rule claimed; with
/// <paramref name="onlyWhereRulesFoundNone"/> (the default, the setting that beat the rules in cross-validation by source)
/// it adds to a list (attendance, items, actions) only when the rules found none.
/// </summary>
public sealed class LineRoleRule(ILineRoleAdvisor advisor, float threshold = LineRoleRule.DefaultThreshold, bool onlyWhereRulesFoundNone = true) : IParseRule
{
    /// <summary>The confidence below which advice is ignored.</summary>
    public const float DefaultThreshold = 0.9f;

    public void Apply(ParseContext context)
    {
        var lines = context.Lines.Value;
        var ruleItems = context.Items.Value;
        var rules = new MinutesRecord
        {
            Source = context.Document.Source, Format = context.Document.Format, Meeting = context.Meeting.Value,
            Attendance = context.Attendance.Value, Items = ruleItems.Select(i => i.Item).ToList(), Actions = context.Actions.Value,
        };
        // With nothing left open the advisor is not asked at all, so documents the rules read fully cost no model.
        if (onlyWhereRulesFoundNone && rules.Attendance.Count > 0 && ruleItems.Count > 0 && rules.Actions.Count > 0)
        {
            context.LearnedAdditions.Set(LearnedAdditions.None);
            return;
        }
        var advice = advisor.Advise(context.Document, lines, rules);
        var people = new List<Attendee>();
        var items = new List<FoundItem>();
        var actions = new List<ActionItem>();
        var status = AttendanceStatus.Present;
        var (openPeople, openItems, openActions) = onlyWhereRulesFoundNone
            ? (rules.Attendance.Count == 0, ruleItems.Count == 0, rules.Actions.Count == 0)
            : (true, true, true);
        for (var i = 0; i < lines.Count && i < advice.Count; i++)
        {
            var line = lines[i];
            if (AttendanceLabel(line.Text) is { } label) status = AttendanceVocabulary.StatusOf(label);
            var a = advice[i];
            // Only lines the rules left unclaimed are open to the advisor.
            if (a.Confidence < threshold || a.Role == a.RulesRole || !LineRoleAdvice.IsOpen(a.RulesRole)) continue;
            switch (a.Role)
            {
                case LineRole.ItemHeading when openItems && Item(line, i + 1 < lines.Count ? lines[i + 1].Text : null) is { } item
                                               && !ruleItems.Concat(items).Any(x => x.Item.Number == item.Number):
                    items.Add(new FoundItem(item, i, 0));
                    break;
                case LineRole.Action or LineRole.ActionLogRow when openActions && ActionText(line.Text) is { } text
                                                                    && !rules.Actions.Concat(actions).Any(x => SameWords(x.Text, text)):
                    var owner = ActionOwnerReader.FromText(text);
                    actions.Add(new ActionItem
                    {
                        Text = text, Owner = owner, OwnerName = context.Owners.Value.Resolve(owner),
                        Item = ruleItems.Concat(items).Where(x => x.Line <= i).MaxBy(x => x.Line)?.Item.Number,
                        Due = context.DueDate(text),
                    });
                    break;
                case LineRole.AttendanceEntry when openPeople:
                    foreach (var entry in PersonEntryParser.ParseList(WithoutLabel(line.Text)))
                        if (AttendanceParser.FindPerson(rules.Attendance, entry.Name) < 0 && AttendanceParser.FindPerson(people, entry.Name) < 0)
                            people.Add(new Attendee { Name = entry.Name, Role = entry.Role, Abbreviation = entry.Abbreviation, Status = entry.Status ?? status });
                    break;
            }
        }
        context.LearnedAdditions.Set(new LearnedAdditions(people, items, actions));
    }

    private static AgendaItem? Item(DocLine line, string? next)
    {
        var label = line.Number != null ? ItemLabelGrammar.ReadRendered(line.Number, line.Text) : ItemLabelGrammar.ReadLineStart(line.Text);
        // A bare letter or numeral is too often a list point; the advisor may only confirm labels that number items on their own.
        if (label == null || label.Scheme is NumberScheme.Letter or NumberScheme.Roman) return null;
        return new AgendaItem { Number = label.Number, Title = ItemTitle.From(label.Rest, next) };
    }

    private static string? ActionText(string text)
    {
        var marker = ActionMarkers.Inline().Match(text);
        var rest = (marker.Success && marker.Index <= 2 ? text[(marker.Index + marker.Length)..] : text).Trim();
        // A marker alone or a cell of initials is no action text.
        return rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 ? rest : null;
    }

    // An action restated in a summary or log is listed once, where the rules first found it.
    private static bool SameWords(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        var common = x.Count(y.Contains);
        return common > 0 && common >= 0.6 * (x.Count + y.Count - common);
    }

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split((char[])[' ', ',', '.', ';', ':', '(', ')', '-', '–'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    private static string? AttendanceLabel(string text)
    {
        var colon = text.IndexOf(':');
        var head = (colon > 0 ? text[..colon] : text).Trim();
        return AttendanceVocabulary.IsGroupLabel(AttendanceVocabulary.WithoutLeadingMarkup(head)) ? head : null;
    }

    private static string WithoutLabel(string text)
    {
        var colon = text.IndexOf(':');
        return colon > 0 && AttendanceLabel(text) != null ? text[(colon + 1)..] : text;
    }
}
