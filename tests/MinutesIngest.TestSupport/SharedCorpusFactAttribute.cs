namespace MinutesIngest.TestSupport;

/// <summary>A fact over the shared labelled corpora: skipped with the reason on a bare clone, run (and failing if they are missing) under CI.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (SharedCorpora.SkipReason is { } reason) Skip = reason;
    }
}
