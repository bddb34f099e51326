using MinutesIngest.Cli.Rendering;

namespace MinutesIngest.Cli.Tests;

/// <summary><c>db status</c> tells how to connect: connection string with the password hidden, a psql line, a URI.</summary>
public sealed class ConnectionTextTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Port=40123;Username=postgres;Database=minutes", "psql: psql -h 127.0.0.1 -p 40123 -U postgres minutes",
        "uri: postgresql://postgres@127.0.0.1:40123/minutes")]
    [InlineData("Host=db.example.org;Port=5432;Username=clerk;Password=s3cret;Database=parish minutes",
        "psql: PGPASSWORD=*** psql -h db.example.org -p 5432 -U clerk 'parish minutes'", "uri: postgresql://clerk@db.example.org:5432/parish%20minutes")]
    [InlineData("Host=::1;Port=6000;Username=o'brien;Database=m", "psql: psql -h ::1 -p 6000 -U 'o'\\''brien' m", "uri: postgresql://o%27brien@[::1]:6000/m")]
    public void The_lines_name_host_port_user_and_database(string connectionString, string psql, string uri)
    {
        var lines = ConnectionText.Lines(connectionString);

        Assert.StartsWith("connection string: ", lines[0]);
        Assert.Equal(psql, lines[1]);
        Assert.Equal(uri, lines[2]);
    }

    [Fact]
    public void A_password_is_never_printed()
    {
        var lines = ConnectionText.Lines("Host=h;Port=1;Username=u;Password=hunter2;Database=d");

        Assert.All(lines, l => Assert.DoesNotContain("hunter2", l));
        Assert.Contains("Password=***", lines[0]);
    }
}
