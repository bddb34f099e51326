using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Bodies;

/// <summary>A body named by the minutes' opening sentence ("A meeting of the X was held …", "The X met on …") or by the
/// approval stamp above them ("Approved by the X on …").</summary>
public static partial class BodyInRunningText
{
    /// <summary>The body the sentence opening <paramref name="line"/> says met, or null.</summary>
    public static string? FromSentence(string? line)
    {
        if (string.IsNullOrWhiteSpace(line)) return null;
        var text = line.Trim();
        if (MeetingOfPattern().Match(text) is { Success: true } meeting) return Trimmed(meeting.Groups["body"].Value);
        // An approval stamp above published minutes names who approved them: "Approved by the Example Library Board on …".
        if (ApprovedByPattern().Match(text) is { Success: true } approved && BodyKindWords.EndsInKind(approved.Groups["body"].Value.Trim()))
            return Trimmed(approved.Groups["body"].Value);
        // "The Committee met" names only a kind; "Ann met" and "The Chair met" name people: a body "met" must be a named
        // body of a known kind.
        if (BodyMetPattern().Match(text) is { Success: true } met && met.Groups["body"].Value.Trim() is var body
            && body.Contains(' ') && BodyKindWords.EndsInKind(body))
            return Trimmed(body);
        return null;
    }

    private static string Trimmed(string name) => name.Trim().TrimEnd(',', '.');

    // "A meeting of the Finance Committee of Example Town Council was held", "The annual meeting of Example Society took
    // place", "An extraordinary meeting of X was called to order".
    [GeneratedRegex(@"^(?i:the|an?)\s+(?:[\p{L}'’-]+\s+){0,3}?(?i:meeting)\s+(?i:of)\s+(?:(?i:the)\s+)?(?<body>" + Name + @")\s*,?\s+(?i:was\s+(?:held|called\s+to\s+order|convened|opened)|took\s+place|commenced|began|convened|opened)\b")]
    private static partial Regex MeetingOfPattern();

    [GeneratedRegex(@"^(?i:approved|adopted|confirmed|ratified)\s+(?i:by)\s+(?:(?i:the)\s+)?(?<body>" + Name + @")\s+(?i:on|at)\b")]
    private static partial Regex ApprovedByPattern();

    [GeneratedRegex(@"^(?:(?i:the)\s+)?(?<body>" + Name + @")\s+met\b")]
    private static partial Regex BodyMetPattern();

    // Capitalised words, linking words allowed inside.
    private const string Name = @"[\p{Lu}][\p{L}\p{N}'’&.-]*(?:\s+(?:of|the|and|for|&|[\p{Lu}\p{N}][\p{L}\p{N}'’&.-]*)){0,10}";
}
