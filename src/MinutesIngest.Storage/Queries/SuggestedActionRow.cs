namespace MinutesIngest.Storage.Queries;

/// <summary>One suggested action: the fields of <see cref="ActionRow"/> plus the classifier's confidence (0–1) that the sentence is a commitment.</summary>
public sealed record SuggestedActionRow(
    long DocumentId, string DocumentPath, string? Body, string? Title, string? Date, string? ItemNumber, string? ItemTitle,
    string Text, string? Owner, string? OwnerName, string? Due, bool Overdue, double Confidence)
{
    /// <summary>The same row without the confidence, for the columns it shares with an action list.</summary>
    public ActionRow AsAction() => new(DocumentId, DocumentPath, Body, Title, Date, ItemNumber, ItemTitle, Text, Owner, OwnerName, Due, Overdue);
}
