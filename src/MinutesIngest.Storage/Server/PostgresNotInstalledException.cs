namespace MinutesIngest.Storage.Server;

/// <summary>No PostgreSQL server binaries were found on this machine; the message says how to install them.</summary>
public sealed class PostgresNotInstalledException() : Exception(
    "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found on this machine.\n" +
    "Install them, e.g. on Debian/Ubuntu: apt-get install -y postgresql-15\n" +
    "(Fedora/RHEL: dnf install postgresql-server; macOS: brew install postgresql@15),\n" +
    "or set MINUTES_PG_BIN to the folder holding initdb, or pass --db CONNECTION_STRING to use an existing server.");
