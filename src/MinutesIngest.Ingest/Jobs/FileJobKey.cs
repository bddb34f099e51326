using System.Security.Cryptography;
using System.Text;

namespace MinutesIngest.Ingest.Jobs;

/// <summary>A queued file's identity: its path and its bytes, so the same file queued twice is one entry and changed bytes are another.</summary>
public static class FileJobKey
{
    // The path is hashed: a key is indexed, and Linux paths can be far longer than an index row.
    public static string For(string path, string sha256) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path))) + ":" + sha256;
}
