namespace MinutesIngest.Core.Minutes;

/// <summary>The stable codes of <see cref="DocumentResult"/> as JSON, CSV and the database show them, and how a stored document gets one.</summary>
public static class DocumentResultCodes
{
    public static string Code(DocumentResult result) => result switch
    {
        DocumentResult.Success => "success",
        DocumentResult.PartialSuccess => "partial_success",
        _ => "failure",
    };

    /// <summary>The result of a document from what was stored of it: failed, else partial when it carries warnings.</summary>
    public static DocumentResult Of(bool failed, int warnings) =>
        failed ? DocumentResult.Failure : warnings > 0 ? DocumentResult.PartialSuccess : DocumentResult.Success;
}
