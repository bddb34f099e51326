using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>Reads the owner as written from an action's text ("DCC to share…", "Cllr A Collins was asked to…").</summary>
public static partial class ActionOwnerReader
{
    public static string? FromText(string text)
    {
        var m = OwnerVerb().Match(text);
        if (!m.Success) return null;
        var owner = m.Groups["owner"].Value.Trim().TrimEnd(',');
        owner = LeadingThe().Replace(owner, "");
        if (owner.Length == 0 || owner.Split(' ').Length > 6 || !char.IsUpper(owner[0]) && !char.IsLower(owner[0])) return null;
        if (NotOwner().IsMatch(owner)) return null;
        return owner;
    }

    [GeneratedRegex(@"^(?<owner>(?:the\s+)?[A-Za-z][\w’'./&-]*(?:\s+[\w’'./&-]+){0,5}?)\s+(?:to|will|was\s+asked\s+to|were\s+asked\s+to|is\s+to|are\s+to|agreed\s+to|should|needs?\s+to|must)\s+\w")]
    private static partial Regex OwnerVerb();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingThe();

    [GeneratedRegex(@"^(?:it|this|that|there|we|they|also|and|please|need|continue|decision|agreed|proposal|update|in order|how|what)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotOwner();
}
