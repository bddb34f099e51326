using MinutesIngest.Scoring;

namespace MinutesIngest.Ml.LineRoles;

/// <summary>One held-out fold: its sources and documents, the scores of rules alone and of rules plus the learned layer (one list per advice threshold tried), and line accuracy of the model and of the rules' projected roles.</summary>
public sealed record LineRoleFold(
    int Fold, IReadOnlyList<string> Sources, IReadOnlyList<DocumentScore> Rules, IReadOnlyList<IReadOnlyList<DocumentScore>> Learned,
    int Lines, int ModelCorrect, int RulesCorrect);
