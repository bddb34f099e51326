using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Items;

namespace MinutesIngest.Core.Parsing.Pipeline;

/// <summary>What a learned advisor added on lines no rule claimed: people, items (with their lines) and actions.</summary>
public sealed record LearnedAdditions(IReadOnlyList<Attendee> Attendance, IReadOnlyList<FoundItem> Items, IReadOnlyList<ActionItem> Actions)
{
    public static LearnedAdditions None { get; } = new([], [], []);

    /// <summary>The rules' items with the added ones placed after the last rule item that starts on or before their line.</summary>
    public IReadOnlyList<FoundItem> MergeItems(IReadOnlyList<FoundItem> rules)
    {
        if (Items.Count == 0) return rules;
        var merged = rules.ToList();
        foreach (var added in Items)
        {
            var at = merged.FindLastIndex(i => i.Line <= added.Line);
            merged.Insert(at + 1, added);
        }
        return merged;
    }
}
