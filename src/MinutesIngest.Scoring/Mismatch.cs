namespace MinutesIngest.Scoring;

/// <summary>One disagreement between gold and prediction, for developers reading why a document lost points.</summary>
/// <param name="Section">attendance, items, actions, meeting or next_meeting.</param>
/// <param name="Kind">missing, extra or a wrong value.</param>
/// <param name="Subject">What the entry is: a name, an item number, an action's text, or the meeting field.</param>
/// <param name="Field">The field whose value differs (for <see cref="MismatchKind.WrongValue"/>), else null.</param>
/// <param name="Gold">The gold value of that field, when a value differs.</param>
/// <param name="Predicted">The predicted value of that field, when a value differs.</param>
/// <param name="Closest">For a missing entry, the most similar unmatched predicted entry and its word overlap, a hint at a near miss.</param>
public sealed record Mismatch(
    string Section, MismatchKind Kind, string Subject, string? Field = null, string? Gold = null, string? Predicted = null,
    string? Closest = null);
