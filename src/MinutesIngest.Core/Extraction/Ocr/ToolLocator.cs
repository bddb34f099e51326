namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>Finds an executable the way a shell would, so a missing tool is reported before any work starts.</summary>
internal static class ToolLocator
{
    public static bool Exists(string tool)
    {
        if (tool.Contains('/')) return File.Exists(tool);
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries).Any(dir => File.Exists(Path.Combine(dir, tool)));
    }
}
