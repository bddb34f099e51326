using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Pipeline;
using MinutesIngest.Ml.LineRoles;

namespace MinutesIngest.Cli.Commands;

/// <summary>The learned line-role advisor the commands hand to Core: the committed model, loaded on the first document that needs it.</summary>
internal static class LineRoles
{
    private static readonly Lazy<LineRoleModel> Model = new(() =>
    {
        using (Core.Profiling.StageClock.Time(Core.Profiling.StageNames.LineRoleModelLoad)) return LineRoleModel.LoadCommitted();
    });

    // Most documents never reach the model (the rules found every list), so workers do not load it up front.
    public static ILineRoleAdvisor Advisor { get; } = new OnFirstUse();

    private sealed class OnFirstUse : ILineRoleAdvisor
    {
        public IReadOnlyList<LineRoleAdvice> Advise(SourceDocument document, IReadOnlyList<DocLine> lines, MinutesRecord rules) =>
            Model.Value.Advise(document, lines, rules);
    }
}
