namespace MinutesIngest.Ml.Topics;

/// <summary>Words every set of minutes uses whatever it is about; left in, they would make the top terms of every topic.</summary>
internal static class MinutesStopWords
{
    public static readonly string[] Words =
    [
        "meeting", "meetings", "minutes", "minute", "item", "items", "agenda", "noted", "note", "agreed", "agree", "reported", "report",
        "reports", "members", "member", "committee", "board", "council", "chair", "chairman", "cllr", "councillor", "resolved",
        "asked", "said", "also", "would", "will", "could", "should", "one", "two", "three", "new", "year", "last", "next", "month",
        "received", "discussed", "approved", "presented", "confirmed", "explained", "update", "matters", "arising", "action",
        "actions", "whether", "held", "record", "correct", "business", "apologies", "declarations", "interest", "mr", "mrs", "ms",
        "dr", "present", "questions", "question", "thanked", "welcomed", "welcome", "since", "per", "cent", "including", "carried",
        "accepted", "head", "chief", "officer", "officers", "annual", "previous", "following", "time", "times", "week", "weeks",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "quarter", "months", "years", "day", "days",
        "clerk", "vice", "secretary", "treasurer", "mentioned", "advised", "informed", "stated", "raised", "suggested",
        "docx", "pdf", "json", "html", "ful", "hou", "non", "end", "date", "log", "motion", "seconded", "proposed", "second", "carried", "unanimously", "none", "declared", "signed", "true", "accurate",
    ];
}
