namespace MinutesIngest.Scoring;

/// <summary>How one predicted record scored against its gold record, with counts kept so sets of documents can be micro-aggregated.</summary>
/// <param name="Name">The document name (the gold file's name without <c>.gold.json</c>).</param>
/// <param name="Format">The gold record's format (txt, html, docx, pdf, pdf-ocr).</param>
/// <param name="Attendance">Attendee matching counts and role/abbreviation/status accuracy over matched people.</param>
/// <param name="Items">Item matching counts and title accuracy over matched items.</param>
/// <param name="Actions">Action matching counts and owner/owner_name/item/due accuracy over matched actions.</param>
/// <param name="Meeting">One single comparison per field of <see cref="ScoreFields.Meeting"/>.</param>
/// <param name="Mismatches">Every disagreement found, in section order, for diagnosis.</param>
public sealed record DocumentScore(
    string Name, string Format, ListScore Attendance, ListScore Items, ListScore Actions,
    IReadOnlyList<FieldScore> Meeting, IReadOnlyList<Mismatch> Mismatches)
{
    /// <summary>Suggested-action matching counts and owner/owner_name accuracy; null when the gold lists no suggested_actions.</summary>
    public ListScore? SuggestedActions { get; init; }

    /// <summary>Share of the meeting fields (the seven meeting fields plus next-meeting date and time) that are right.</summary>
    public double MeetingAccuracy => Meeting.Sum(f => f.Correct) / (double)Math.Max(1, Meeting.Sum(f => f.Total));

    /// <summary>Mean of attendance F1, items F1, actions F1 and meeting accuracy.</summary>
    public double Overall => (Attendance.Matches.F1 + Items.Matches.F1 + Actions.Matches.F1 + MeetingAccuracy) / 4;
}
