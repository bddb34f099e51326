using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core;
using MinutesIngest.Core.Profiling;
using MinutesIngest.Ingest.Pipeline;

namespace MinutesIngest.Ingest.Workers;

/// <summary>The wire format between the ingest and its workers: length-prefixed frames over the worker's stdin and stdout.</summary>
/// <remarks>
/// A request is three frames (file name as UTF-8, the file's bytes, then the <see cref="ExtractionWork"/> asked as JSON); a reply is one frame holding an
/// <see cref="ExtractionOutcome"/> as JSON. Lengths are 4-byte little-endian; a negative or oversized length
/// means the stream is broken, never a huge allocation.
/// </remarks>
public static class WorkerProtocol
{
    /// <summary>Largest frame accepted; above the biggest file the ingest ever sends.</summary>
    public const int MaxFrameBytes = int.MaxValue - 64;

    private static readonly JsonSerializerOptions Json = new(MinutesJson.Options) { WriteIndented = false };

    /// <summary>The first frame a worker reads: the settings it extracts with, as JSON.</summary>
    public static async Task WriteHandshakeAsync(Stream stream, ExtractionSettings settings, CancellationToken ct) =>
        await WriteFrameAsync(stream, JsonSerializer.SerializeToUtf8Bytes(settings, Json), ct);

    /// <summary>The worker's settings from its first frame; throws <see cref="InvalidDataException"/> when the ingest sent none.</summary>
    public static ExtractionSettings ReadHandshake(Stream stream)
    {
        var json = ReadFrame(stream) ?? throw new InvalidDataException("the ingest closed the pipe before sending the worker its settings");
        return JsonSerializer.Deserialize<ExtractionSettings>(json, Json) ?? throw new InvalidDataException("the worker's settings were empty");
    }

    public static async Task WriteRequestAsync(Stream stream, ExtractionRequest request, CancellationToken ct)
    {
        await WriteFrameAsync(stream, Encoding.UTF8.GetBytes(Path.GetFileName(request.Path)), ct);
        await WriteFrameAsync(stream, request.Content, ct);
        await WriteFrameAsync(stream, JsonSerializer.SerializeToUtf8Bytes(request.Work, Json), ct);
        await stream.FlushAsync(ct);
    }

    /// <summary>The next request, or null when the ingest closed the pipe (time to exit).</summary>
    public static ExtractionRequest? ReadRequest(Stream stream)
    {
        var name = ReadFrame(stream);
        if (name == null) return null;
        var content = ReadFrame(stream) ?? throw new EndOfStreamException("the request ended after its name");
        var work = ReadFrame(stream) ?? throw new EndOfStreamException("the request ended after its content");
        return new ExtractionRequest(Encoding.UTF8.GetString(name), content)
        {
            Work = JsonSerializer.Deserialize<ExtractionWork>(work, Json) ?? throw new InvalidDataException("the request's work was empty"),
        };
    }

    public static void WriteReply(Stream stream, ExtractionOutcome outcome)
    {
        byte[] json;
        using (StageClock.Time(StageNames.WorkerReplySerialise)) json = JsonSerializer.SerializeToUtf8Bytes(outcome, Json);
        using var writing = StageClock.Time(StageNames.WorkerReplyWrite);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, json.Length);
        stream.Write(length);
        stream.Write(json);
        stream.Flush();
    }

    /// <summary>The worker's reply; throws <see cref="EndOfStreamException"/> when the worker died before answering.</summary>
    public static async Task<ExtractionOutcome> ReadReplyAsync(Stream stream, CancellationToken ct)
    {
        var length = new byte[4];
        await stream.ReadExactlyAsync(length, ct);
        var json = new byte[CheckedLength(BinaryPrimitives.ReadInt32LittleEndian(length))];
        await stream.ReadExactlyAsync(json, ct);
        using var reading = StageClock.Time(StageNames.IngestReplyDeserialise);
        return JsonSerializer.Deserialize<ExtractionOutcome>(json, Json) ?? throw new InvalidDataException("the worker sent an empty reply");
    }

    private static async Task WriteFrameAsync(Stream stream, byte[] payload, CancellationToken ct)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, payload.Length);
        await stream.WriteAsync(length, ct);
        await stream.WriteAsync(payload, ct);
    }

    private static byte[]? ReadFrame(Stream stream)
    {
        Span<byte> length = stackalloc byte[4];
        var got = stream.ReadAtLeast(length, 4, throwOnEndOfStream: false);
        if (got == 0) return null;
        if (got < 4) throw new EndOfStreamException("a frame header was cut short");
        var payload = new byte[CheckedLength(BinaryPrimitives.ReadInt32LittleEndian(length))];
        stream.ReadExactly(payload);
        return payload;
    }

    private static int CheckedLength(int length) =>
        length is < 0 or > MaxFrameBytes ? throw new InvalidDataException($"frame length {length} is out of range") : length;
}
