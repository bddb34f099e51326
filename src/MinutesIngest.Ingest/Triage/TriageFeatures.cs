using MinutesIngest.Core.Parsing.Lexicon;
namespace MinutesIngest.Ingest.Triage;

/// <summary>What the triage rules look at: cues of the document's opening lines and counts over its whole text and parse.</summary>
public sealed record TriageFeatures
{
    /// <summary>The file is structured data (JSON, CSV, YAML) read as text, not prose: null for prose.</summary>
    public string? DataFormat { get; init; }
    public int Words { get; init; }
    /// <summary>Share of the words that are common English function words ("the", "and", "of"…): near zero when the text is in another language.</summary>
    public double EnglishWordShare { get; init; } = 1;
    /// <summary>The opening names the document as minutes or notes of a meeting ("Minutes of…", "Meeting notes", "Minutes taken by").</summary>
    public bool MinutesHeading { get; init; }
    /// <summary>The opening names an agenda, a notice or a summons to a meeting still to come.</summary>
    public bool AgendaHeading { get; init; }
    /// <summary>The opening names a report, appendix, briefing or papers pack.</summary>
    public bool PaperHeading { get; init; }
    /// <summary>The opening names a document that is no meeting's (newsletter, policy, press release, job description…).</summary>
    public bool OtherHeading { get; init; }
    /// <summary>A line of its own anywhere names the record of the meeting ("Notes of the meeting", "Meeting minutes").</summary>
    public bool MinutesSection { get; init; }
    /// <summary>Records of business done, in the past tense (resolved, it was agreed, motion carried, X reported that…) or a clerk's present tense (X makes the motion, Y seconds).</summary>
    public int PastRecordCues { get; init; }
    /// <summary>Items closed by their outcome on a line of their own ("GRANTED", "Approved (condition: …)"); also counted as past records.</summary>
    public int RecordedOutcomes { get; init; }
    /// <summary>Agenda wording of business to come: items opening "To receive/consider/approve…", "will be held".</summary>
    public int FutureBusinessCues { get; init; }
    /// <summary>Labels of an attendance record (Present:, Attendees, Apologies, Roll call, Regrets).</summary>
    public int AttendanceLabels { get; init; }
    /// <summary>People the parser found in an attendance record.</summary>
    public int Attendees { get; init; }
    /// <summary>Lines giving one member's answer to a roll call or a vote ("Lee - Here", "Ray: Yes").</summary>
    public int RollCallLines { get; init; }

    /// <summary>A head count of those who came ("12 people attended", "Attendance: 15"): a meeting that was held.</summary>
    public bool HeadCountRecorded { get; init; }

    /// <summary>A label saying who was present ("Present:", "Board members present (3/3):", "In attendance:").</summary>
    public bool PresentLabel { get; init; }
    public int Items { get; init; }
    public int Actions { get; init; }
    /// <summary>The meeting's opening or close is recorded ("called to order", "closed at", "adjourned").</summary>
    public bool OpenOrCloseRecorded { get; init; }
    /// <summary>Section headings of a committee report (purpose, recommendations, financial implications…).</summary>
    public int ReportSections { get; init; }
    /// <summary>Letter, README or newsletter furniture (Dear…, Yours sincerely, Installation, License, In this issue).</summary>
    public int OtherCues { get; init; }
    /// <summary>Lines naming files ("report.pdf", "NAME.gold.json") or code spans: what a README or a catalogue of documents is made of.</summary>
    public int FileReferenceLines { get; init; }
}
