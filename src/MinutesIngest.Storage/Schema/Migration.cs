using System.Security.Cryptography;
using System.Text;

namespace MinutesIngest.Storage.Schema;

/// <summary>One versioned schema change: an embedded <c>Migrations/NNNN_name.sql</c> file.</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>SHA-256 (hex) of the SQL with line endings normalised, so a checkout with CRLF gives the same value.</summary>
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}
