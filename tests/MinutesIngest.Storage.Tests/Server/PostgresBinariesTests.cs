using MinutesIngest.Storage.Server;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Server;

public sealed class PostgresBinariesTests
{
    [Fact]
    public void Without_server_programs_the_error_says_how_to_install_them()
    {
        using var empty = new TempFolder();

        var error = Assert.Throws<PostgresNotInstalledException>(() => PostgresBinaries.FindIn([empty.Path]));

        Assert.Contains("apt-get install -y postgresql-15", error.Message);
    }

    [Fact]
    public void The_first_folder_holding_initdb_and_pg_ctl_wins()
    {
        using var folders = new TempFolder();
        folders.Write("only-initdb/initdb", "");
        folders.Write("both/initdb", "");
        folders.Write("both/pg_ctl", "");

        var found = PostgresBinaries.FindIn([Path.Combine(folders.Path, "only-initdb"), Path.Combine(folders.Path, "both")]);

        Assert.Equal(Path.Combine(folders.Path, "both"), found.BinDirectory);
    }
}
