using System.Runtime.InteropServices;

namespace MinutesIngest.Storage.Server;

/// <summary>Who runs the server programs: the caller, or the <c>postgres</c> system user when the caller is root (PostgreSQL refuses to run as root).</summary>
internal sealed class ServerUser
{
    private const string SystemUser = "postgres";

    public bool IsRoot { get; } = OperatingSystem.IsLinux() && geteuid() == 0;

    /// <summary>Runs a server program as the right user.</summary>
    public CommandResult Run(string program, IEnumerable<string> arguments, TimeSpan timeout) =>
        IsRoot
            ? ExternalCommand.Run("runuser", ["-u", SystemUser, "--", program, .. arguments], timeout)
            : ExternalCommand.Run(program, arguments, timeout);

    /// <summary>Makes a folder we created belong to the server user, so the server may write in it.</summary>
    public void TakeOwnership(string path)
    {
        if (!IsRoot) return;
        var result = ExternalCommand.Run("chown", ["-R", $"{SystemUser}:{SystemUser}", path], TimeSpan.FromSeconds(60));
        if (!result.Succeeded)
            throw new InvalidOperationException($"running as root, the data folder must belong to the '{SystemUser}' user, but chown failed: {result.Output}");
    }

    /// <summary>Whether the server user can reach and write a folder (every parent must be searchable by it).</summary>
    public bool CanWrite(string path) =>
        !IsRoot || ExternalCommand.Run("runuser", ["-u", SystemUser, "--", "test", "-w", path, "-a", "-x", path], TimeSpan.FromSeconds(10)).Succeeded;

    [DllImport("libc")]
    private static extern uint geteuid();
}
