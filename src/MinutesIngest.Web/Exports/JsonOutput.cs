using System.Text.Json;
using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Web.Exports;

/// <summary>Writes query results as JSON with the contract's conventions (snake_case names, readable Unicode).</summary>
public static class JsonOutput
{
    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(Serialize(value));

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, MinutesJson.Options);
}
