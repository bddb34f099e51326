namespace MinutesIngest.Storage.Queries;

/// <summary>One action with its owner, due date, the item it sits under and the meeting that recorded it; whether a later
/// meeting of the same series carried it forward, whether it is still open, and what closed it ('status_word' or
/// 'not_carried_forward'; see ActionProgressSql).</summary>
public sealed record ActionRow(
    long DocumentId, string DocumentPath, string? Body, string? Title, string? Date, string? ItemNumber, string? ItemTitle,
    string Text, string? Owner, string? OwnerName, string? Due, bool Overdue, bool CarriedForward = false, bool Open = true, string? ClosedBy = null);
