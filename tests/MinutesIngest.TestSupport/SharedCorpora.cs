namespace MinutesIngest.TestSupport;

/// <summary>
/// The labelled corpora in <c>../shared/</c> beside the checkout, which the repository does not hold: found by walking up
/// from the test binaries. A bare clone has none; its tests that need them are skipped (<see cref="SharedCorpusFactAttribute"/>).
/// </summary>
public static class SharedCorpora
{
    /// <summary>The folder holding <c>corpus-real</c> and the other shared corpora; null when there is none.</summary>
    public static string? Root { get; } = Locate();

    /// <summary>Why a test needing the corpora is skipped here, or null when it must run (corpora present, or under CI).</summary>
    /// <remarks>CI always has the corpora: there a missing folder must fail the tests rather than quietly skip them.</remarks>
    public static string? SkipReason =>
        Root != null || IsCi ? null : $"needs the labelled corpora in ../shared/ beside the checkout (none above {AppContext.BaseDirectory})";

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The folder of one shared corpus (<c>corpus-real</c>, <c>corpus-seed</c>…); throws with the reason when absent.</summary>
    public static string Folder(string corpus)
    {
        var folder = Root == null ? null : Path.Combine(Root, corpus);
        return folder != null && Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException($"shared/{corpus} not found above {AppContext.BaseDirectory}");
    }

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "corpus-real"))) return candidate;
        }
        return null;
    }
}
