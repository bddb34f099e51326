using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Pipeline;

/// <summary>A second opinion on what each line is for, given the lines and what the rules found; optional, the parse works without one.</summary>
public interface ILineRoleAdvisor
{
    /// <summary>One advice per line of <paramref name="lines"/>, in order.</summary>
    IReadOnlyList<LineRoleAdvice> Advise(SourceDocument document, IReadOnlyList<DocLine> lines, MinutesRecord rules);
}
