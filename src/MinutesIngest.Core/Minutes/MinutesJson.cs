using System.Text.Encodings.Web;
using System.Text.Json;

namespace MinutesIngest.Core.Minutes;

/// <summary>Reads and writes <see cref="MinutesRecord"/> as the contract's snake_case JSON.</summary>
public static class MinutesJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNameCaseInsensitive = true,
    };

    public static string Serialize(MinutesRecord record) => JsonSerializer.Serialize(record, Options);

    public static MinutesRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<MinutesRecord>(json, Options) ?? throw new JsonException("empty JSON document");
}
