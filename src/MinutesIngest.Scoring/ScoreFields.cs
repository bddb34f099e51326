namespace MinutesIngest.Scoring;

/// <summary>The names of the scored fields, as they appear in scores, mismatches and the eval JSON.</summary>
public static class ScoreFields
{
    public const string Role = "role";
    public const string Abbreviation = "abbreviation";
    public const string Status = "status";
    public const string Title = "title";
    public const string Owner = "owner";
    public const string OwnerName = "owner_name";
    public const string Item = "item";
    public const string Due = "due";
    public const string Body = "body";
    public const string Date = "date";
    public const string StartTime = "start_time";
    public const string Venue = "venue";
    public const string Chair = "chair";
    public const string MinuteTaker = "minute_taker";
    public const string NextMeetingDate = "next_meeting_date";
    public const string NextMeetingStartTime = "next_meeting_start_time";

    /// <summary>The fields averaged into meeting accuracy, in display order.</summary>
    public static readonly IReadOnlyList<string> Meeting =
        [Title, Body, Date, StartTime, Venue, Chair, MinuteTaker, NextMeetingDate, NextMeetingStartTime];
}
