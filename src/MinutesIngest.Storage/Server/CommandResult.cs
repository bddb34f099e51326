namespace MinutesIngest.Storage.Server;

/// <summary>Exit code and output of a finished external program.</summary>
internal sealed record CommandResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;
    public string Output => (StandardOutput + "\n" + StandardError).Trim();
}
