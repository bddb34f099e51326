using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Lexicon;

/// <summary>
/// Codes written beside or instead of a person's name in attendance lists: amateur-radio call signs ("AB1CDE"),
/// staff or member numbers ("E12345") and handles ("@alee").
/// </summary>
public static partial class PersonCodes
{
    /// <summary>True when the token is such a code: letters and digits mixed in capitals, or an @handle.</summary>
    public static bool IsCode(string token) => Code().IsMatch(token.Trim().TrimEnd('.', ',', ';'));

    /// <summary>
    /// Splits "Ann Lee AB1CDE" into the words before the code and the code; null when the last token is not a code
    /// or nothing stands before it.
    /// </summary>
    public static (string Before, string Code)? SplitTrailing(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.LastIndexOf(' ');
        if (space <= 0) return null;
        var last = trimmed[(space + 1)..].TrimEnd('.', ',', ';');
        return IsCode(last) ? (trimmed[..space].Trim(), last) : null;
    }

    /// <summary>True when the token is an @handle ("@alee", "@not-a-bot"), as code-hosting platforms name their users.</summary>
    public static bool IsHandle(string token) => token.StartsWith('@') && IsCode(token);

    /// <summary>
    /// The handle or handles opening a text before a word ("@alee will open an issue", "@alee and @bmarsh to review",
    /// "@alee: check the build"), as open-source minutes name who acts; null when the text does not open so.
    /// </summary>
    public static string? LeadingHandles(string text)
    {
        var m = LeadingHandle().Match(text.TrimStart());
        return m.Success ? m.Groups["handles"].Value : null;
    }

    [GeneratedRegex(@"^(?<handles>@[A-Za-z][\w-]*(?:\.[\w-]+)*(?:\s*(?:,|/|&|\band\b)\s*@[A-Za-z][\w-]*(?:\.[\w-]+)*)*):?\s+(?=\p{L})")]
    private static partial Regex LeadingHandle();

    // A call sign or ID has at least one digit and one capital letter; a handle starts with @ and a letter.
    [GeneratedRegex(@"^(?:@[A-Za-z][\w.-]{1,30}|(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,10})$")]
    private static partial Regex Code();
}
