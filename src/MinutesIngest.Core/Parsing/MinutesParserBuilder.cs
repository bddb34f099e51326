using MinutesIngest.Core.Parsing.Pipeline;
using MinutesIngest.Core.Parsing.Suggestions;

namespace MinutesIngest.Core.Parsing;

/// <summary>Composes the parse rules in order (as Markdig's pipeline builder composes its parsers), then builds a <see cref="MinutesParser"/>.</summary>
/// <remarks>
/// The order is the data flow: each rule's XML doc says what it reads and writes, and the <see cref="ParseContext"/>
/// throws if a rule reads a finding no earlier rule wrote.
/// </remarks>
public sealed class MinutesParserBuilder
{
    /// <summary>The rules in the order they run; insert or replace before <see cref="Build"/> to change the parse.</summary>
    public List<IParseRule> Rules { get; } = [];

    /// <summary>The standard rules: lines, action layout, attendance, items, meeting metadata, actions, next meeting.</summary>
    public MinutesParserBuilder UseDefaultRules()
    {
        Rules.AddRange([
            new LineRule(),
            new ActionLayoutRule(),
            new AttendanceRule(),
            new ItemRule(),
            new MetadataRule(),
            new ActionRule(),
            new NextMeetingRule(),
        ]);
        return this;
    }

    /// <summary>Adds the search for unmarked commitments (suggested actions), after the marked actions are known.</summary>
    public MinutesParserBuilder UseSuggestedActions(ICommitmentClassifier classifier)
    {
        Rules.Add(new SuggestedActionRule(classifier));
        return this;
    }

    /// <summary>Adds a learned advisor consulted on lines no rule claimed (see <see cref="LineRoleRule"/>).</summary>
    public MinutesParserBuilder UseLineRoleAdvisor(ILineRoleAdvisor advisor, float threshold = LineRoleRule.DefaultThreshold, bool onlyWhereRulesFoundNone = true)
    {
        Rules.Add(new LineRoleRule(advisor, threshold, onlyWhereRulesFoundNone));
        return this;
    }

    public MinutesParser Build() => new([.. Rules]);
}
