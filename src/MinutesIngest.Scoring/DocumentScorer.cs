using MinutesIngest.Core.Text;
using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Scoring;

/// <summary>Scores one predicted <see cref="MinutesRecord"/> against its gold record by the rules of spec/extract-json.md.</summary>
/// <remarks>
/// Attendees match on <see cref="NameNormalizer"/> keys and items on <see cref="ItemNumberNormalizer"/> keys,
/// one-to-one in document order (a name or number given twice must be predicted twice). Actions match greedily,
/// best pair first, on word-token Jaccard of their texts at or above <see cref="ActionThreshold"/>. Field values
/// are compared only over matched entries; a null value equals null (and blank). Empty lists follow the
/// rule documented on <see cref="MatchCounts"/>: both empty scores 1.
/// </remarks>
public sealed class DocumentScorer
{
    /// <summary>Minimum Jaccard overlap of action texts for a predicted action to count as a gold one.</summary>
    public const double ActionThreshold = 0.6;

    public DocumentScore Score(string name, MinutesRecord gold, MinutesRecord predicted)
    {
        var mismatches = new List<Mismatch>();
        var attendance = ScoreAttendance(gold.Attendance, predicted.Attendance, mismatches);
        var items = ScoreItems(gold.Items, predicted.Items, mismatches);
        var actions = ScoreActions(gold.Actions, predicted.Actions, mismatches);
        var meeting = ScoreMeeting(gold, predicted, mismatches);
        // Suggested actions are scored only where the gold lists them (an optional key); they never touch the overall score.
        var suggested = gold.SuggestedActions == null ? null : ScoreSuggestedActions(gold.SuggestedActions, predicted.SuggestedActions ?? [], mismatches);
        return new DocumentScore(name, gold.Format, attendance, items, actions, meeting, mismatches) { SuggestedActions = suggested };
    }

    private static ListScore ScoreSuggestedActions(IReadOnlyList<SuggestedAction> gold, IReadOnlyList<SuggestedAction> predicted, List<Mismatch> mismatches)
    {
        var goldTokens = gold.Select(a => TextTokens.Of(a.Text)).ToArray();
        var predictedTokens = predicted.Select(a => TextTokens.Of(a.Text)).ToArray();
        var matching = GreedyMatcher.Match(
            gold.Count, predicted.Count,
            (g, p) => TextTokens.Jaccard(goldTokens[g], predictedTokens[p]), ActionThreshold);
        FieldRule<SuggestedAction>[] rules =
        [
            new(ScoreFields.Owner, a => a.Owner, NameNormalizer.AreEqual),
            new(ScoreFields.OwnerName, a => a.OwnerName, NameNormalizer.AreEqual),
        ];
        return ListComparer.Compare("suggested_actions", gold, predicted, matching, a => a.Text, rules, mismatches);
    }

    private static ListScore ScoreAttendance(IReadOnlyList<Attendee> gold, IReadOnlyList<Attendee> predicted, List<Mismatch> mismatches)
    {
        var matching = KeyedMatcher.Match(gold, predicted, a => NameNormalizer.Normalize(a.Name));
        FieldRule<Attendee>[] rules =
        [
            new(ScoreFields.Role, a => a.Role, TextNormalizer.AreEqual),
            new(ScoreFields.Abbreviation, a => a.Abbreviation, TextNormalizer.AreEqual),
            new(ScoreFields.Status, a => a.Status, TextNormalizer.AreEqual),
        ];
        return ListComparer.Compare("attendance", gold, predicted, matching, a => a.Name, rules, mismatches);
    }

    private static ListScore ScoreItems(IReadOnlyList<AgendaItem> gold, IReadOnlyList<AgendaItem> predicted, List<Mismatch> mismatches)
    {
        var matching = KeyedMatcher.Match(gold, predicted, i => ItemNumberNormalizer.Normalize(i.Number));
        FieldRule<AgendaItem>[] rules = [new(ScoreFields.Title, i => i.Title, TitleComparer.AreEquivalent)];
        return ListComparer.Compare("items", gold, predicted, matching, i => $"{i.Number} {i.Title}".TrimEnd(), rules, mismatches);
    }

    private static ListScore ScoreActions(IReadOnlyList<ActionItem> gold, IReadOnlyList<ActionItem> predicted, List<Mismatch> mismatches)
    {
        var goldTokens = gold.Select(a => TextTokens.Of(a.Text)).ToArray();
        var predictedTokens = predicted.Select(a => TextTokens.Of(a.Text)).ToArray();
        var matching = GreedyMatcher.Match(
            gold.Count, predicted.Count,
            (g, p) => TextTokens.Jaccard(goldTokens[g], predictedTokens[p]), ActionThreshold);
        FieldRule<ActionItem>[] rules =
        [
            new(ScoreFields.Owner, a => a.Owner, NameNormalizer.AreEqual),
            new(ScoreFields.OwnerName, a => a.OwnerName, NameNormalizer.AreEqual),
            new(ScoreFields.Item, a => a.Item, ItemNumberNormalizer.AreEqual),
            new(ScoreFields.Due, a => a.Due, TextNormalizer.AreEqual),
        ];
        return ListComparer.Compare("actions", gold, predicted, matching, a => a.Text, rules, mismatches);
    }

    private static IReadOnlyList<FieldScore> ScoreMeeting(MinutesRecord gold, MinutesRecord predicted, List<Mismatch> mismatches)
    {
        var g = gold.Meeting;
        var p = predicted.Meeting;
        var scores = new List<FieldScore>();
        void Compare(string section, string field, string? goldValue, string? predictedValue, Func<string?, string?, bool> equal)
        {
            var correct = equal(goldValue, predictedValue);
            if (!correct) mismatches.Add(new Mismatch(section, MismatchKind.WrongValue, field, field, goldValue, predictedValue));
            scores.Add(FieldScore.Single(field, correct));
        }
        Compare("meeting", ScoreFields.Title, g.Title, p.Title, TitleComparer.AreEquivalent);
        Compare("meeting", ScoreFields.Body, g.Body, p.Body, TextNormalizer.AreEqual);
        Compare("meeting", ScoreFields.Date, g.Date, p.Date, TextNormalizer.AreEqual);
        Compare("meeting", ScoreFields.StartTime, g.StartTime, p.StartTime, TextNormalizer.AreEqual);
        Compare("meeting", ScoreFields.Venue, g.Venue, p.Venue, TextNormalizer.AreEqual);
        Compare("meeting", ScoreFields.Chair, g.Chair, p.Chair, NameNormalizer.AreEqual);
        Compare("meeting", ScoreFields.MinuteTaker, g.MinuteTaker, p.MinuteTaker, NameNormalizer.AreEqual);
        // A missing next_meeting object is the same as one whose date and time are both null.
        Compare("next_meeting", ScoreFields.NextMeetingDate, gold.NextMeeting?.Date, predicted.NextMeeting?.Date, TextNormalizer.AreEqual);
        Compare("next_meeting", ScoreFields.NextMeetingStartTime, gold.NextMeeting?.StartTime, predicted.NextMeeting?.StartTime, TextNormalizer.AreEqual);
        return scores;
    }
}
