namespace MinutesIngest.TestSupport;

/// <summary>A theory over the shared labelled corpora: skipped with the reason on a bare clone (its data is then never enumerated), run under CI.</summary>
public sealed class SharedCorpusTheoryAttribute : TheoryAttribute
{
    public SharedCorpusTheoryAttribute()
    {
        if (SharedCorpora.SkipReason is { } reason) Skip = reason;
    }
}
