namespace MinutesIngest.Scoring;

/// <summary>The scores of a set of documents: micro aggregates (summed counts) per list and field, plus macro means per document.</summary>
/// <param name="Label">What the set is: "overall" or a format name.</param>
/// <param name="Documents">How many documents the set holds.</param>
/// <param name="Attendance">Summed attendance counts; its P/R/F1 and accuracies are micro-averaged.</param>
/// <param name="Items">Summed item counts.</param>
/// <param name="Actions">Summed action counts.</param>
/// <param name="Meeting">Summed per-field counts of the meeting fields.</param>
/// <param name="MacroAttendanceF1">Mean of the documents' attendance F1.</param>
/// <param name="MacroItemsF1">Mean of the documents' items F1.</param>
/// <param name="MacroActionsF1">Mean of the documents' actions F1.</param>
/// <param name="MacroMeetingAccuracy">Mean of the documents' meeting accuracy.</param>
/// <param name="Overall">Mean of the documents' overall scores.</param>
public sealed record ScoreAggregate(
    string Label, int Documents,
    ListScore Attendance, ListScore Items, ListScore Actions, IReadOnlyList<FieldScore> Meeting,
    double MacroAttendanceF1, double MacroItemsF1, double MacroActionsF1, double MacroMeetingAccuracy,
    double Overall)
{
    /// <summary>Summed suggested-action counts over the documents whose gold lists them; null when none does.</summary>
    public ListScore? SuggestedActions { get; init; }

    /// <summary>How many documents' gold lists suggested actions.</summary>
    public int SuggestedActionDocuments { get; init; }

    /// <summary>Share of all meeting-field comparisons that were right.</summary>
    public double MeetingAccuracy => Meeting.Sum(f => f.Correct) / (double)Math.Max(1, Meeting.Sum(f => f.Total));

    /// <summary>Aggregates a non-empty set of document scores.</summary>
    public static ScoreAggregate Of(string label, IReadOnlyCollection<DocumentScore> documents)
    {
        if (documents.Count == 0) throw new ArgumentException("no documents to aggregate", nameof(documents));
        return new ScoreAggregate(
            label, documents.Count,
            documents.Select(d => d.Attendance).Aggregate((a, b) => a + b),
            documents.Select(d => d.Items).Aggregate((a, b) => a + b),
            documents.Select(d => d.Actions).Aggregate((a, b) => a + b),
            documents.Select(d => d.Meeting).Aggregate((a, b) => a.Zip(b, (x, y) => x + y).ToArray()),
            documents.Average(d => d.Attendance.Matches.F1),
            documents.Average(d => d.Items.Matches.F1),
            documents.Average(d => d.Actions.Matches.F1),
            documents.Average(d => d.MeetingAccuracy),
            documents.Average(d => d.Overall))
        {
            SuggestedActions = documents.Select(d => d.SuggestedActions).OfType<ListScore>().DefaultIfEmpty().Aggregate((a, b) => a! + b!),
            SuggestedActionDocuments = documents.Count(d => d.SuggestedActions != null),
        };
    }
}
