namespace MinutesIngest.Core.Parsing.Pipeline;

/// <summary>One step of the parse: reads what earlier rules put in the <see cref="ParseContext"/> and writes its own findings.</summary>
public interface IParseRule
{
    void Apply(ParseContext context);
}
