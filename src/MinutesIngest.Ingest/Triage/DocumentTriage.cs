using System.Globalization;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Ingest.Triage;

/// <summary>Classifies a parsed document as minutes, agenda, other meeting paper or not a meeting document, by rules.</summary>
/// <remarks>
/// A minutes document wrongly set aside is lost to every query, while a paper wrongly kept is one odd meeting: so each
/// class gets a score from its own evidence and minutes win ties. What the document calls itself in its opening lines
/// weighs most; what its body records (attendance, past-tense decisions, actions, an opening or close) backs it up.
/// </remarks>
public static class DocumentTriage
{
    public static TriageDecision Classify(SourceDocument document, MinutesRecord record) => Decide(TriageFeatureReader.Read(document, record));

    public static TriageDecision Decide(TriageFeatures f)
    {
        // A labelled record or an export quotes minutes word for word ("present", "resolved", names), so its words would
        // score as minutes; but data is no meeting's record.
        if (f.DataFormat is { } data) return new TriageDecision(DocumentClass.NotMeeting, $"{data} data file");
        var minutes = MinutesScore(f);
        var agenda = (f.AgendaHeading ? 4 : 0) + Math.Min(f.FutureBusinessCues, 6) * 0.75;
        // Business listed but nothing recorded as done: the meeting has not happened yet.
        if (agenda >= 3 && f.PastRecordCues == 0 && f.Actions == 0 && !f.OpenOrCloseRecorded && !f.HeadCountRecorded) agenda += 3;
        var paper = (f.PaperHeading ? 4 : 0) + Math.Min(f.ReportSections, 6) * 0.75;
        var other = (f.OtherHeading ? 3 : 0) + Math.Min(f.OtherCues, 4)
            // A document listing many files by name describes documents (a README, a catalogue); minutes cite a few at most.
            + (f.FileReferenceLines >= 5 ? 10 : 0);
        var (best, bestScore) = new[] { (DocumentClass.Agenda, agenda), (DocumentClass.MeetingPaper, paper), (DocumentClass.NotMeeting, other) }
            .MaxBy(x => x.Item2);
        var reason = string.Create(CultureInfo.InvariantCulture, $"minutes {minutes:0.#}, agenda {agenda:0.#}, paper {paper:0.#}, other {other:0.#}");
        if (minutes >= bestScore && minutes >= MinimumMinutesEvidence) return new TriageDecision(DocumentClass.Minutes, reason);
        // Storing an agenda or a paper as a meeting costs one odd row; dropping minutes loses a meeting. A document that
        // records a meeting held (a roll called, items closed, a line naming the notes of the meeting) is kept even when
        // its agenda or its papers' wording outweighs that record.
        if (best != DocumentClass.NotMeeting && minutes >= MinimumMinutesEvidence && RecordsMeetingHeld(f))
            return new TriageDecision(DocumentClass.Minutes, reason + ", records a meeting held: kept");
        // The cues are English: a text in another language with no evidence either way is one the rules cannot read, and
        // is kept as minutes rather than set aside unseen.
        if (bestScore < MinimumPaperEvidence && f.Words >= MinimumWordsToJudgeLanguage && f.EnglishWordShare < ForeignTextShare)
            return new TriageDecision(DocumentClass.Minutes, reason + ", not English: kept");
        // Some record of a meeting and no sign of any other kind of document: kept, since minutes set aside are lost to every
        // query while a stored oddity is one row (the weakest minutes of an unfamiliar house style carry few of the cues).
        if (minutes >= MinimumLoneMinutesEvidence && minutes >= bestScore && bestScore < MinimumPaperEvidence && other == 0)
            return new TriageDecision(DocumentClass.Minutes, reason + ", nothing else: kept");
        // A lone cue (one "Purpose" heading, one "To consider" line) in a text with no meeting in it makes no agenda or paper.
        return new TriageDecision(bestScore >= MinimumPaperEvidence ? best : DocumentClass.NotMeeting, reason);
    }

    // Below this a text has at most a stray past-tense verb or one list of names: the weakest real minutes of the
    // labelled corpora score 4 and more, prose with no meeting in it 2.5 at most.
    private const double MinimumMinutesEvidence = 3;
    private const double MinimumPaperEvidence = 2;

    // One cue beyond a stray past-tense verb (0.5): an attendance label, a recorded opening or close, two past-tense records.
    private const double MinimumLoneMinutesEvidence = 1;

    // English prose runs at 20–40 % function words; another language's text at a few per cent (shared names, loan words).
    private const double ForeignTextShare = 0.05;
    private const int MinimumWordsToJudgeLanguage = 30;

    // Evidence an agenda or a paper does not carry: an agenda's item titles can read as a minutes heading ("3 Minutes") or an
    // attendance label ("Pupil attendance"), and a US agenda heads its motions to come "Action items", so those count here
    // only beside records of business done.
    private static bool RecordsMeetingHeld(TriageFeatures f) =>
        f.MinutesSection || f.RollCallLines >= 3 || f.RecordedOutcomes >= 2 || (f.OpenOrCloseRecorded && f.PastRecordCues >= 2)
        || (f.PastRecordCues >= 3 && (f.Actions >= 2 || (f.AttendanceLabels > 0 && PeopleRecorded(f))))
        // "Board members present:" over their names: an agenda, written before the meeting, cannot say who was present.
        || (f.PresentLabel && f.Attendees >= 2);

    // The parser's attendance, or a roll called one member a line ("Lee - Here") that it may not read as attendance; a head
    // count of those who attended records the meeting as a list of names would.
    private static bool PeopleRecorded(TriageFeatures f) => f.Attendees >= 2 || f.RollCallLines >= 3 || f.HeadCountRecorded;

    private static double MinutesScore(TriageFeatures f) =>
        (f.MinutesHeading || f.MinutesSection ? 4 : 0)
        + Math.Min(f.PastRecordCues, 8) * 0.5
        + (PeopleRecorded(f) ? 2 : 0)
        + (f.AttendanceLabels > 0 || f.HeadCountRecorded ? 1 : 0)
        // People listed under an attendance label are a record of who was there: the meeting has taken place.
        + ((f.AttendanceLabels > 0 && PeopleRecorded(f)) || f.HeadCountRecorded ? 1.5 : 0)
        // Actions given, or items closed by their outcome: business done at a meeting held, per item.
        + (f.Actions > 0 || f.RecordedOutcomes >= 2 ? 1.5 : 0)
        + (f.OpenOrCloseRecorded ? 1.5 : 0);
}
