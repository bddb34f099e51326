namespace MinutesIngest.Ingest.Triage;

/// <summary>What kind of document a file is, as far as a minutes archive is concerned.</summary>
public enum DocumentClass
{
    /// <summary>The record of a meeting that took place: only these become meetings.</summary>
    Minutes,
    /// <summary>The business of a meeting still to come (agenda, notice, summons).</summary>
    Agenda,
    /// <summary>Another paper of a meeting: a report, an appendix, a briefing, a papers pack.</summary>
    MeetingPaper,
    /// <summary>Not a meeting document at all (README, newsletter, policy, letter…).</summary>
    NotMeeting,
}
