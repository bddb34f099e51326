namespace MinutesIngest.Core.Parsing.Pipeline;

/// <summary>An advisor's reading of one line: the role it gives, its confidence (0–1), and the role the rules' own findings give that line.</summary>
public readonly record struct LineRoleAdvice(LineRole Role, float Confidence, LineRole RulesRole)
{
    /// <summary>Whether advice can count on a line the rules gave <paramref name="rulesRole"/>: a line a rule claimed (an attendance
    /// entry, a heading, an action) is never overruled, so only other text and item prose are open.</summary>
    public static bool IsOpen(LineRole rulesRole) => rulesRole is LineRole.Other or LineRole.ItemBody;
}
