using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing;
using MinutesIngest.Core.Bodies;
using MinutesIngest.Core.Series;
using Npgsql;
using NpgsqlTypes;

namespace MinutesIngest.Storage.Writing;

/// <summary>Writes documents in batches, one transaction per batch, so each document lands with all of its rows or none.</summary>
public sealed class DocumentBatchWriter : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;

    private DocumentBatchWriter(NpgsqlConnection connection) => _connection = connection;

    public static async Task<DocumentBatchWriter> OpenAsync(MinutesDatabase database, CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var create = new NpgsqlCommand(StagingSql.CreateTables, connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
        return new DocumentBatchWriter(connection);
    }

    /// <summary>Commits the batch and returns each document's outcome. A document the database rejects is recorded as failed
    /// (reason store_error) without holding back the others; a lost connection throws.</summary>
    public async Task<IReadOnlyList<FileResult>> WriteAsync(IReadOnlyList<DocumentToStore> batch, CancellationToken cancellationToken = default)
    {
        try
        {
            await WriteInTransactionAsync(batch, cancellationToken);
            return batch.Select(d => d.ToResult()).ToList();
        }
        catch (PostgresException e) when (batch.Count > 1 && IsDocumentError(e))
        {
            // One bad document must not cost the batch: find it by writing each on its own.
            var results = new List<FileResult>(batch.Count);
            foreach (var document in batch) results.AddRange(await WriteAsync([document], cancellationToken));
            return results;
        }
        catch (PostgresException e) when (batch[0].Extraction.Succeeded && IsDocumentError(e))
        {
            var failed = batch[0] with { Extraction = ExtractionOutcome.Failure(FailureReasons.StoreError, e.MessageText, batch[0].Extraction.Format) };
            await WriteInTransactionAsync([failed], cancellationToken);
            return [failed.ToResult()];
        }
    }

    // A document's data can be rejected while the server carries on; a lost connection, a shutdown (class 57), a
    // connection failure (08) or exhausted resources (53, 58) end the run instead of being blamed on documents.
    private bool IsDocumentError(PostgresException e) =>
        _connection.State == System.Data.ConnectionState.Open && e.SqlState[..2] is not ("08" or "53" or "57" or "58");

    private async Task WriteInTransactionAsync(IReadOnlyList<DocumentToStore> batch, CancellationToken cancellationToken)
    {
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        await CopyDocumentsAsync(batch, cancellationToken);
        await CopyMeetingsAsync(batch, cancellationToken);
        await CopyAttendeesAsync(batch, cancellationToken);
        await CopyItemsAsync(batch, cancellationToken);
        await CopyActionsAsync(batch, cancellationToken);
        await CopySuggestedActionsAsync(batch, cancellationToken);
        // The move may wait for another run's writer and for one step of a word-index update (seconds; more under load).
        await using (var move = new NpgsqlCommand(StagingSql.MoveStagedRows, _connection, transaction) { CommandTimeout = 300 })
            await move.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task CopyDocumentsAsync(IReadOnlyList<DocumentToStore> batch, CancellationToken ct)
    {
        await using var copy = await _connection.BeginBinaryImportAsync(StagingSql.CopyDocuments, ct);
        for (var key = 0; key < batch.Count; key++)
        {
            var d = batch[key];
            var x = d.Extraction;
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(key, NpgsqlDbType.Integer, ct);
            await WritePathAsync(copy, d.Path, ct);
            await WriteTextAsync(copy, d.Sha256, ct);
            await WriteTextAsync(copy, x.Format, ct);
            await copy.WriteAsync(d.SizeBytes, NpgsqlDbType.Bigint, ct);
            await WriteIntAsync(copy, x.Pages, ct);
            await copy.WriteAsync(ParserVersion.Current, NpgsqlDbType.Integer, ct);
            await WriteTextAsync(copy, d.Status, ct);
            await WriteTextAsync(copy, x.Succeeded ? null : x.FailureReason ?? FailureReasons.Unknown, ct);
            await WriteTextAsync(copy, x.Succeeded ? null : x.FailureMessage, ct);
            await WriteRealAsync(copy, x.OcrConfidence, ct);
            if (x.OcrPageConfidence.Count == 0) await copy.WriteNullAsync(ct);
            else await copy.WriteAsync(x.OcrPageConfidence.Select(c => (float?)c).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Real, ct);
            await WriteTextAsync(copy, x.DocumentClass, ct);
            await WriteTextAsync(copy, x.TriageReason, ct);
            if (x.Warnings.Count == 0) await copy.WriteNullAsync(ct);
            else await copy.WriteAsync(x.Warnings.Select(w => SqlText.Clean(w)!).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
        }
        await copy.CompleteAsync(ct);
    }

    private async Task CopyMeetingsAsync(IReadOnlyList<DocumentToStore> batch, CancellationToken ct)
    {
        await using var copy = await _connection.BeginBinaryImportAsync(StagingSql.CopyMeetings, ct);
        for (var key = 0; key < batch.Count; key++)
        {
            if (!batch[key].StoresMeeting || batch[key].Extraction.Record is not { } record) continue;
            var m = record.Meeting;
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(key, NpgsqlDbType.Integer, ct);
            await WriteTextAsync(copy, BodyNames.Normalise(batch[key].BodyAsFound), ct);
            await WriteTextAsync(copy, batch[key].BodyAsFound, ct);
            await WriteTextAsync(copy, MeetingSeries.Of(m.Title, BodyNames.Normalise(batch[key].BodyAsFound)), ct);
            await WriteTextAsync(copy, m.Title, ct);
            await WriteDateAsync(copy, SqlText.Date(m.Date), ct);
            await WriteTimeAsync(copy, SqlText.Time(m.StartTime), ct);
            await WriteTextAsync(copy, m.Venue, ct);
            await WriteTextAsync(copy, m.Chair, ct);
            await WriteTextAsync(copy, m.MinuteTaker, ct);
            await WriteDateAsync(copy, SqlText.Date(record.NextMeeting?.Date), ct);
            await WriteTimeAsync(copy, SqlText.Time(record.NextMeeting?.StartTime), ct);
        }
        await copy.CompleteAsync(ct);
    }

    private Task CopyAttendeesAsync(IReadOnlyList<DocumentToStore> batch, CancellationToken ct) =>
        CopyListAsync(batch, StagingSql.CopyAttendees, r => r.Attendance, async (copy, a) =>
        {
            await WriteTextAsync(copy, a.Name, ct);
            await WriteTextAsync(copy, a.Role, ct);
            await WriteTextAsync(copy, a.Abbreviation, ct);
            await WriteTextAsync(copy, a.Status, ct);
        }, ct);

    private Task CopyItemsAsync(IReadOnlyList<DocumentToStore> batch, CancellationToken ct) =>
        CopyListAsync(batch, StagingSql.CopyItems, r => r.Items, async (copy, item) =>
        {
            await WriteTextAsync(copy, item.Number, ct);
            await WriteTextAsync(copy, item.Title, ct);
            await WriteTextAsync(copy, item.Text, ct);
        }, ct);

    private Task CopyActionsAsync(IReadOnlyList<DocumentToStore> batch, CancellationToken ct) =>
        CopyListAsync(batch, StagingSql.CopyActions, r => r.Actions, (copy, action) =>
            WriteActionAsync(copy, action.Item, action.Text, action.Owner, action.OwnerName, action.Due, ct), ct);

    private Task CopySuggestedActionsAsync(IReadOnlyList<DocumentToStore> batch, CancellationToken ct) =>
        CopyListAsync(batch, StagingSql.CopySuggestedActions, r => r.SuggestedActions, async (copy, action) =>
        {
            await WriteActionAsync(copy, action.Item, action.Text, action.Owner, action.OwnerName, action.Due, ct);
            await copy.WriteAsync((float)Math.Clamp(action.Confidence, 0, 1), NpgsqlDbType.Real, ct);
        }, ct);

    // Every child list is copied the same way: the batch key and 1-based position, then the row's own columns.
    private async Task CopyListAsync<T>(IReadOnlyList<DocumentToStore> batch, string copySql, Func<MinutesRecord, IReadOnlyList<T>?> rows,
        Func<NpgsqlBinaryImporter, T, Task> writeColumns, CancellationToken ct)
    {
        await using var copy = await _connection.BeginBinaryImportAsync(copySql, ct);
        for (var key = 0; key < batch.Count; key++)
        {
            if (!batch[key].StoresMeeting || batch[key].Extraction.Record is not { } record || rows(record) is not { } list) continue;
            for (var position = 0; position < list.Count; position++)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(key, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(position + 1, NpgsqlDbType.Integer, ct);
                await writeColumns(copy, list[position]);
            }
        }
        await copy.CompleteAsync(ct);
    }

    private static async Task WriteActionAsync(NpgsqlBinaryImporter copy, string? item, string text, string? owner, string? ownerName, string? due,
        CancellationToken ct)
    {
        await WriteTextAsync(copy, item, ct);
        await WriteTextAsync(copy, text, ct);
        await WriteTextAsync(copy, owner, ct);
        await WriteTextAsync(copy, ownerName, ct);
        await WriteDateAsync(copy, SqlText.Date(due), ct);
    }

    private static Task WriteTextAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken ct) =>
        SqlText.Clean(value) is { } text ? copy.WriteAsync(text, NpgsqlDbType.Text, ct) : copy.WriteNullAsync(ct);

    private static Task WritePathAsync(NpgsqlBinaryImporter copy, string value, CancellationToken ct) =>
        copy.WriteAsync(SqlText.Path(value)!, NpgsqlDbType.Text, ct);

    private static Task WriteIntAsync(NpgsqlBinaryImporter copy, int? value, CancellationToken ct) =>
        value is { } v ? copy.WriteAsync(v, NpgsqlDbType.Integer, ct) : copy.WriteNullAsync(ct);

    private static Task WriteRealAsync(NpgsqlBinaryImporter copy, double? value, CancellationToken ct) =>
        value is { } v ? copy.WriteAsync((float)v, NpgsqlDbType.Real, ct) : copy.WriteNullAsync(ct);

    private static Task WriteDateAsync(NpgsqlBinaryImporter copy, DateOnly? value, CancellationToken ct) =>
        value is { } v ? copy.WriteAsync(v, NpgsqlDbType.Date, ct) : copy.WriteNullAsync(ct);

    private static Task WriteTimeAsync(NpgsqlBinaryImporter copy, TimeOnly? value, CancellationToken ct) =>
        value is { } v ? copy.WriteAsync(v, NpgsqlDbType.Time, ct) : copy.WriteNullAsync(ct);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
