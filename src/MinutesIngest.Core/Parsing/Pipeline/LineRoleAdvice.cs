namespace MinutesIngest.Core.Parsing.Pipeline;

/// <summary>An advisor's reading of one line: the role it gives, its confidence (0–1), and the role the rules' own findings give that line.</summary>
public readonly record struct LineRoleAdvice(LineRole Role, float Confidence, LineRole RulesRole);
