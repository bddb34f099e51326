namespace MinutesIngest.Ingest.Triage;

/// <summary>The stable codes a <see cref="DocumentClass"/> is stored and printed as.</summary>
public static class DocumentClassCodes
{
    public const string Minutes = "minutes";
    public const string Agenda = "agenda";
    public const string MeetingPaper = "meeting_paper";
    public const string NotMeeting = "not_meeting";

    /// <summary>Every class in the order reports list them.</summary>
    public static IReadOnlyList<DocumentClass> All { get; } = [DocumentClass.Minutes, DocumentClass.Agenda, DocumentClass.MeetingPaper, DocumentClass.NotMeeting];

    public static string Code(DocumentClass value) => value switch
    {
        DocumentClass.Minutes => Minutes,
        DocumentClass.Agenda => Agenda,
        DocumentClass.MeetingPaper => MeetingPaper,
        _ => NotMeeting,
    };

    /// <summary>Reads a code, also the short forms a labelled folder may use ("paper", "other").</summary>
    public static DocumentClass? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        Minutes => DocumentClass.Minutes,
        Agenda or "agendas" => DocumentClass.Agenda,
        MeetingPaper or "paper" or "papers" => DocumentClass.MeetingPaper,
        NotMeeting or "other" => DocumentClass.NotMeeting,
        _ => null,
    };
}
