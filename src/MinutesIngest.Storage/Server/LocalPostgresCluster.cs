using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace MinutesIngest.Storage.Server;

/// <summary>A private PostgreSQL cluster in a data folder of its own: created, started and reused with nothing to configure.</summary>
/// <remarks>
/// Layout of the data folder: <c>cluster/</c> (PGDATA), <c>run/</c> (unix socket), <c>port</c> (the TCP port of the
/// running server) and <c>server.log</c>. The server listens on 127.0.0.1 only and trusts local connections.
/// </remarks>
public sealed class LocalPostgresCluster
{
    /// <summary>The database the tool's tables live in (created on first start).</summary>
    public const string DatabaseName = "minutes";

    private const string SuperUser = "postgres";
    private static readonly TimeSpan ServerTimeout = TimeSpan.FromSeconds(90);

    private readonly ServerUser _user = new();
    private readonly Lazy<PostgresBinaries> _binaries;

    public LocalPostgresCluster(string dataDirectory, PostgresBinaries? binaries = null)
    {
        DataDirectory = Path.GetFullPath(dataDirectory);
        _binaries = new Lazy<PostgresBinaries>(() => binaries ?? PostgresBinaries.Find());
    }

    public string DataDirectory { get; }
    private string ClusterDirectory => Path.Combine(DataDirectory, "cluster");
    private string SocketDirectory => Path.Combine(DataDirectory, "run");
    private string PortFile => Path.Combine(DataDirectory, "port");
    private string LogFile => Path.Combine(DataDirectory, "server.log");
    private string LockFile => Path.Combine(DataDirectory, ".start.lock");

    /// <summary>Whether the cluster exists and runs, without starting anything.</summary>
    public ClusterStatus Status()
    {
        if (!File.Exists(Path.Combine(ClusterDirectory, "PG_VERSION")))
            return new ClusterStatus(ClusterState.NotInitialised, DataDirectory, null);
        return IsServerRunning() && ReadPort() is { } port
            ? new ClusterStatus(ClusterState.Running, DataDirectory, port)
            : new ClusterStatus(ClusterState.Stopped, DataDirectory, null);
    }

    /// <summary>Creates the cluster if needed, starts it unless it already runs, and returns a connection string to its database.</summary>
    public string Start()
    {
        Directory.CreateDirectory(DataDirectory);
        // Two invocations starting at once must not both run initdb or pick different ports.
        using var startLock = AcquireStartLock();
        EnsureInitialised();
        var port = IsServerRunning() && ReadPort() is { } running ? running : StartServer();
        EnsureDatabase(port);
        return ConnectionString(port, DatabaseName);
    }

    /// <summary>Stops the server and starts it again on the same port, so clients elsewhere reconnect with what they have.</summary>
    public string Restart()
    {
        var port = ReadPort();
        Stop();
        using var startLock = AcquireStartLock();
        return ConnectionString(StartServer(port), DatabaseName);
    }

    /// <summary>The connection string of the tool's database on a cluster running on <paramref name="port"/>.</summary>
    public static string ConnectionStringFor(int port) => ConnectionString(port, DatabaseName);

    /// <summary>Stops the server if it runs; returns whether it was running.</summary>
    public bool Stop()
    {
        if (!File.Exists(Path.Combine(ClusterDirectory, "PG_VERSION")) || !IsServerRunning()) return false;
        var result = _user.Run(_binaries.Value.PgCtl, ["stop", "-D", ClusterDirectory, "-m", "fast", "-w", "-t", "60"], ServerTimeout);
        // On a loaded machine the shutdown checkpoint of a large database can outlast the wait; every transaction is already in
        // the write-ahead log, so an immediate stop loses nothing (the next start replays it) and the caller is not failed for slowness.
        if (!result.Succeeded && IsServerRunning())
            result = _user.Run(_binaries.Value.PgCtl, ["stop", "-D", ClusterDirectory, "-m", "immediate", "-w", "-t", "60"], ServerTimeout);
        if (!result.Succeeded && IsServerRunning()) throw new InvalidOperationException($"pg_ctl stop failed: {result.Output}");
        File.Delete(PortFile);
        return true;
    }

    private FileStream AcquireStartLock()
    {
        var deadline = DateTime.UtcNow + ServerTimeout;
        while (true)
        {
            try { return new FileStream(LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); }
            catch (IOException) when (DateTime.UtcNow < deadline) { Thread.Sleep(100); }
        }
    }

    private void EnsureInitialised()
    {
        if (File.Exists(Path.Combine(ClusterDirectory, "PG_VERSION"))) return;
        if (Directory.Exists(ClusterDirectory) && Directory.EnumerateFileSystemEntries(ClusterDirectory).Any())
            throw new InvalidOperationException($"{ClusterDirectory} is not empty but holds no PostgreSQL cluster; remove it or choose another --data-dir");
        var binaries = _binaries.Value;
        Directory.CreateDirectory(SocketDirectory);
        _user.TakeOwnership(DataDirectory);
        if (!_user.CanWrite(DataDirectory))
            throw new InvalidOperationException(
                $"the 'postgres' user cannot reach {DataDirectory} (a parent folder is not searchable by it); choose a --data-dir outside the root user's home, e.g. {DataDirectoryDefaults.RootDefault}");
        var result = _user.Run(binaries.InitDb,
            ["-D", ClusterDirectory, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-instructions"], ServerTimeout);
        if (!result.Succeeded) throw new InvalidOperationException($"initdb failed: {result.Output}");
    }

    private int StartServer(int? preferredPort = null)
    {
        Directory.CreateDirectory(SocketDirectory);
        _user.TakeOwnership(SocketDirectory);
        string lastError = "";
        // A port found free can be taken by someone else before the server binds it: try a few.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = attempt == 0 && preferredPort is { } preferred ? preferred : FindFreePort();
            var options = $"-c listen_addresses=127.0.0.1 -p {port} -k {SocketDirectory} {MemorySettings()}";
            var result = _user.Run(_binaries.Value.PgCtl,
                ["start", "-D", ClusterDirectory, "-l", LogFile, "-w", "-t", "60", "-o", options], ServerTimeout);
            if (result.Succeeded)
            {
                File.WriteAllText(PortFile, port.ToString(CultureInfo.InvariantCulture) + "\n");
                return port;
            }
            lastError = result.Output + "\n" + TailOfLog();
        }
        throw new InvalidOperationException($"could not start PostgreSQL in {ClusterDirectory}:\n{lastError.Trim()}");
    }

    // PostgreSQL's defaults (128 MB of shared buffers) suit a shared server on a small machine; this one serves one user's
    // queries over tables of hundreds of MB, which scripts/bench-query found answered from the OS cache page by page.
    // A quarter of the memory, at most 2 GB, is the usual advice; shared memory is only taken as it is used.
    private static string MemorySettings()
    {
        var total = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        var sharedMb = Math.Clamp(total / 4 / (1024 * 1024), 128, 2048);
        var cacheMb = Math.Max(total / 2 / (1024 * 1024), 512);
        return string.Create(CultureInfo.InvariantCulture, $"-c shared_buffers={sharedMb}MB -c effective_cache_size={cacheMb}MB");
    }

    private bool IsServerRunning()
    {
        if (!File.Exists(Path.Combine(ClusterDirectory, "postmaster.pid"))) return false;
        // pg_ctl status checks that the postmaster's pid is alive, so a stale pid file after a crash reads as stopped.
        return _user.Run(_binaries.Value.PgCtl, ["status", "-D", ClusterDirectory], ServerTimeout).Succeeded;
    }

    private int? ReadPort()
    {
        if (File.Exists(PortFile) && int.TryParse(File.ReadAllText(PortFile).Trim(), CultureInfo.InvariantCulture, out var port))
            return port;
        // postmaster.pid's fourth line is the port the running server listens on.
        var pidFile = Path.Combine(ClusterDirectory, "postmaster.pid");
        if (!File.Exists(pidFile)) return null;
        var lines = File.ReadAllLines(pidFile);
        return lines.Length > 3 && int.TryParse(lines[3].Trim(), CultureInfo.InvariantCulture, out port) ? port : null;
    }

    private static void EnsureDatabase(int port)
    {
        using var connection = new NpgsqlConnection(ConnectionString(port, "postgres"));
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = DatabaseName });
        if (exists.ExecuteScalar() != null) return;
        using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", connection);
        try { create.ExecuteNonQuery(); }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase) { }
    }

    private static string ConnectionString(int port, string database) => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = port,
        Username = SuperUser,
        Database = database,
        IncludeErrorDetail = true,
    }.ConnectionString;

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string TailOfLog()
    {
        if (!File.Exists(LogFile)) return "";
        var lines = File.ReadAllLines(LogFile);
        return string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 15)));
    }
}
