using System.Runtime.InteropServices;

namespace MinutesIngest.Ml.Topics;

/// <summary>Points the process's stdout (file descriptor 1) at /dev/null for a while, for native code that prints progress.</summary>
internal static partial class NativeStdout
{
    private const int StdoutFd = 1;
    private const int WriteOnly = 1;

    /// <summary>Silences native stdout until the result is disposed; does nothing where there are no POSIX descriptors.</summary>
    public static IDisposable Silence()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return new Restore(-1);
        Console.Out.Flush();
        Fflush(IntPtr.Zero);
        var saved = Dup(StdoutFd);
        var devNull = Open("/dev/null", WriteOnly);
        if (saved < 0 || devNull < 0) return new Restore(-1);
        Dup2(devNull, StdoutFd);
        Close(devNull);
        return new Restore(saved);
    }

    private sealed class Restore(int saved) : IDisposable
    {
        public void Dispose()
        {
            if (saved < 0) return;
            // Whatever the native code buffered goes to /dev/null before the real stdout comes back.
            Fflush(IntPtr.Zero);
            Dup2(saved, StdoutFd);
            Close(saved);
        }
    }

    [LibraryImport("libc", EntryPoint = "dup")]
    private static partial int Dup(int fd);

    [LibraryImport("libc", EntryPoint = "dup2")]
    private static partial int Dup2(int fd, int fd2);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fflush")]
    private static partial int Fflush(IntPtr stream);
}
