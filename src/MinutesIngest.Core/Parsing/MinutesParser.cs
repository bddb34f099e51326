using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Pipeline;
using MinutesIngest.Core.Parsing.Suggestions;

namespace MinutesIngest.Core.Parsing;

/// <summary>Finds meeting metadata, attendance, items, actions and the next meeting in a block model, by running its rules in order.</summary>
public sealed class MinutesParser
{
    private readonly IReadOnlyList<IParseRule> _rules;
    // Each rule is a stage of `ingest --profile`, so a slow rule shows by name.
    private readonly string[] _stageNames;

    /// <summary>The standard parse; with <paramref name="commitments"/>, unmarked commitments are also listed as suggested actions;
    /// with <paramref name="lineRoles"/>, a learned advisor adds what it reads where the rules found nothing.</summary>
    public MinutesParser(ICommitmentClassifier? commitments = null, ILineRoleAdvisor? lineRoles = null) : this(Standard(commitments, lineRoles)) { }

    internal MinutesParser(IReadOnlyList<IParseRule> rules)
    {
        _rules = rules;
        _stageNames = rules.Select(r => "parse: rule " + r.GetType().Name).ToArray();
    }

    /// <summary>The rules this parser runs, in order.</summary>
    public IReadOnlyList<IParseRule> Rules => _rules;

    public MinutesRecord Parse(SourceDocument doc)
    {
        var context = Run(doc);
        var learned = context.LearnedAdditions.HasValue ? context.LearnedAdditions.Value : LearnedAdditions.None;
        return new MinutesRecord
        {
            Source = doc.Source,
            Format = doc.Format,
            Meeting = context.Meeting.Value,
            Attendance = [.. context.Attendance.Value, .. learned.Attendance],
            Items = learned.MergeItems(context.Items.Value).Select(i => i.Item).ToList(),
            Actions = [.. context.Actions.Value, .. learned.Actions],
            NextMeeting = context.NextMeeting.HasValue ? context.NextMeeting.Value : null,
            SuggestedActions = context.SuggestedActions.HasValue ? context.SuggestedActions.Value : null,
        };
    }

    /// <summary>The sentences a commitment classifier would be shown for this document (for labelling and training).</summary>
    public IReadOnlyList<CandidateSentence> CandidateSentences(SourceDocument doc) => SuggestedActionRule.Candidates(Run(doc));

    private ParseContext Run(SourceDocument doc)
    {
        var context = new ParseContext(doc);
        for (var i = 0; i < _rules.Count; i++)
            using (Profiling.StageClock.Time(_stageNames[i])) _rules[i].Apply(context);
        return context;
    }

    private static IReadOnlyList<IParseRule> Standard(ICommitmentClassifier? commitments, ILineRoleAdvisor? lineRoles)
    {
        var builder = new MinutesParserBuilder().UseDefaultRules();
        if (commitments != null) builder.UseSuggestedActions(commitments);
        if (lineRoles != null) builder.UseLineRoleAdvisor(lineRoles);
        return builder.Rules;
    }
}
