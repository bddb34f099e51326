using System.Text.RegularExpressions;
using MinutesIngest.Core.Parsing.Actions;

namespace MinutesIngest.Core.Parsing.Suggestions;

/// <summary>
/// Reads the owner of an unmarked commitment. The sentence is first brought to the "X to …" shape a marked action
/// has ("It was agreed that X would …", "X said she would …", "X offered to …", "… will be signed by the Chair"),
/// then <see cref="ActionOwnerReader"/> reads it as it reads a marked action.
/// </summary>
public static partial class CommitmentOwnerReader
{
    public static string? FromText(string sentence)
    {
        var s = Lead().Replace(sentence.Trim(), "");
        if (PassiveAgent().Match(s) is { Success: true } passive) return Trim(passive.Groups["owner"].Value);
        if (Passive().IsMatch(s)) return null;
        s = SpeakerFirstPerson().Replace(s, "${owner} will ");
        s = SaidWould().Replace(s, "${owner} will ");
        s = GoingTo().Replace(s, "${owner} will ");
        s = AgreedTo().Replace(s, "${owner} to ");
        s = Would().Replace(s, "${owner} will ");
        var owner = ActionOwnerReader.FromText(s);
        return owner == null ? null : Trim(owner);
    }

    // A heading run into the sentence ("Opening hours consultation Cabinet agreed…") leaves lower-case words before the
    // owner: keep the owner from its last capitalised run. Words that join an owner's name ("Head of Finance") stay.
    private static string? Trim(string owner)
    {
        owner = LeadingThe().Replace(owner.Trim(), "");
        var words = owner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        for (var i = 1; i < words.Length; i++)
            if (char.IsUpper(words[i][0]) && char.IsLower(words[i - 1][0]) && !Joiner().IsMatch(words[i - 1])) start = i;
        var kept = words[start..];
        if (kept.Length == 0 || kept.Any(w => NotInOwner().IsMatch(w))) return null;
        return string.Join(' ', kept);
    }

    [GeneratedRegex(@"^(?:(?:it\s+was\s+)?(?:agreed|resolved|noted)(?:\s+that)?\s*[:,]?\s*|following\s+(?:discussion|debate),?\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\bwill\s+be\s+\w+\s+(?:\w+\s+)?by\s+(?:the\s+)?(?<owner>[A-Z][\w’'./&-]*(?:\s+[A-Z][\w’'./&-]*){0,3})")]
    private static partial Regex PassiveAgent();

    [GeneratedRegex(@"\b(?:will|is\s+to|are\s+to)\s+be\s+\w+")]
    private static partial Regex Passive();

    [GeneratedRegex(@"^(?<owner>.{1,60}?)\s+(?:said|confirmed|explained|stated|indicated)\s+(?:that\s+)?(?:he|she|they|it)\s+(?:would|will)\s+")]
    private static partial Regex SaidWould();

    // Scribes' transcripts put the speaker before a colon: "Name: I'll draft it".
    [GeneratedRegex(@"^(?<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}):\s+I(?:’ll|'ll|\s+will)\s+")]
    private static partial Regex SpeakerFirstPerson();

    [GeneratedRegex(@"^(?<owner>.{1,60}?)\s+(?:is|are)\s+going\s+to\s+(?!be\b)")]
    private static partial Regex GoingTo();

    [GeneratedRegex(@"^(?<owner>.{1,60}?)\s+(?:has\s+|have\s+|had\s+)?(?:kindly\s+)?(?:agreed|offered|undertook|volunteered|promised)\s+to\s+")]
    private static partial Regex AgreedTo();

    [GeneratedRegex(@"^(?<owner>.{1,60}?)\s+would\s+(?!be\b|not\b)")]
    private static partial Regex Would();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingThe();

    [GeneratedRegex(@"^(?:of|for|and|to|the|&)$")]
    private static partial Regex Joiner();

    [GeneratedRegex(@"^(?:was|were|is|are|be|been|has|have|had|said|approved|minutes|answer|out|which|that)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotInOwner();
}
