using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using SQLitePCL;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// Inserts a new board's items with one prepared statement inside the import's transaction: a document
/// of thousands of items costs milliseconds instead of the change tracker's seconds. The values are bound
/// by position on SQLite's own statement, as Microsoft.Data.Sqlite would store them (the same types and
/// the same text for dates): its parameters look each value up by name and wrap it on every row, which
/// cost more than SQLite's own work of inserting the row.
/// </summary>
internal static class ItemBulkWriter
{
    /// <summary>How Microsoft.Data.Sqlite, and so EF Core, writes a <see cref="DateTime"/> as text.</summary>
    private const string DateTimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";

    private static readonly string[] s_columns =
    [
        "BoardId", "SectionId", "PhaseId", "Key", "Title", "Details", "Status", "StatusReason", "Priority", "Impact", "Effort", "Risk",
        "EstimateMinHours", "EstimateMaxHours", "SourceLine", "Position", "Depth", "Version", "CompletedAt", "CompletedBy", "UpdatedAt",
        "SourceDoneIn", "Owner", "DueDate", "Ref",
    ];

    private static readonly string s_insert =
        $"INSERT INTO \"Items\" ({string.Join(", ", s_columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", s_columns.Select((_, i) => $"?{i + 1}"))})";

    public static void Insert(ReadinessDbContext db, IReadOnlyList<Item> items, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Items are written inside the import's transaction.");
        }

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var handle = connection.Handle ?? throw new InvalidOperationException("The import's connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(handle, s_insert, out var statement), handle);
        using (statement)
        {
            var row = new Row(statement, handle);
            foreach (var item in items)
            {
                ct.ThrowIfCancellationRequested();
                row.Start();
                row.Integer(item.BoardId);
                row.Integer(item.Section?.Id ?? item.SectionId);
                row.Integer(item.Phase?.Id ?? item.PhaseId);
                row.Text(item.Key);
                row.Text(item.Title);
                row.Text(item.Details);
                row.Text(item.Status.ToString());
                row.Text(item.StatusReason);
                row.Text(item.Priority);
                row.Text(item.Impact);
                row.Text(item.Effort);
                row.Text(item.Risk);
                row.Real(item.EstimateMinHours);
                row.Real(item.EstimateMaxHours);
                row.Integer(item.SourceLine);
                row.Integer(item.Position);
                row.Integer(item.Depth);
                row.Integer(item.Version);
                row.Text(item.CompletedAt?.ToString(DateTimeFormat, CultureInfo.InvariantCulture));
                row.Text(item.CompletedBy);
                row.Text(item.UpdatedAt.ToString(DateTimeFormat, CultureInfo.InvariantCulture));
                row.Text(item.SourceDoneIn);
                row.Text(item.Owner);
                row.Text(item.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                row.Text(item.Ref);
                row.Insert(s_columns.Length);
            }
        }
    }

    /// <summary>Binds one row's values in column order, then runs the statement and resets it for the next row.</summary>
    private struct Row(sqlite3_stmt statement, sqlite3 handle)
    {
        private int _column;

        public void Start() => _column = 0;

        public void Integer(long? value) =>
            Check(value is { } v ? raw.sqlite3_bind_int64(statement, ++_column, v) : raw.sqlite3_bind_null(statement, ++_column));

        public void Real(double? value) =>
            Check(value is { } v ? raw.sqlite3_bind_double(statement, ++_column, v) : raw.sqlite3_bind_null(statement, ++_column));

        public void Text(string? value) =>
            Check(value is null ? raw.sqlite3_bind_null(statement, ++_column) : raw.sqlite3_bind_text(statement, ++_column, value));

        public readonly void Insert(int columns)
        {
            if (_column != columns)
            {
                throw new InvalidOperationException($"An item row bound {_column} values for {columns} columns.");
            }

            // A failed row (a key taken twice, a missing section) throws with SQLite's message; the
            // statement is finalized and the caller's transaction rolls the whole board back.
            var result = raw.sqlite3_step(statement);
            if (result != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(result, handle);
            }

            Check(raw.sqlite3_reset(statement));
        }

        private readonly void Check(int result) => SqliteException.ThrowExceptionForRC(result, handle);
    }
}
