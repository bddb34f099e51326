using MinutesIngest.Storage.Server;
using Npgsql;

namespace MinutesIngest.Cli.Commands;

/// <summary>Turns database start and connection failures into one readable error line and exit code 2.</summary>
internal static class DatabaseCommandErrors
{
    public const int ExitCode = 2;

    public static async Task<int> Guard(Func<Task<int>> action)
    {
        try { return await action(); }
        catch (PostgresNotInstalledException e) { return Report(e.Message); }
        catch (NpgsqlException e) { return Report($"database error: {e.Message}"); }
        catch (InvalidOperationException e) { return Report(e.Message); }
        catch (TimeoutException e) { return Report(e.Message); }
    }

    private static int Report(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return ExitCode;
    }
}
