using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// Inserts a new board's items with one prepared command inside the import's transaction: a document
/// of thousands of items costs milliseconds instead of the change tracker's seconds. Plain SQL with
/// quoted names and named parameters, valid for any relational provider.
/// </summary>
internal static class ItemBulkWriter
{
    private static readonly string[] s_columns =
    [
        "BoardId", "SectionId", "PhaseId", "Key", "Title", "Details", "Status", "StatusReason", "Priority", "Impact", "Effort", "Risk",
        "EstimateMinHours", "EstimateMaxHours", "SourceLine", "Position", "Depth", "Version", "CompletedAt", "CompletedBy", "UpdatedAt",
        "SourceDoneIn",
    ];

    private static readonly string s_insert =
        $"INSERT INTO \"Items\" ({string.Join(", ", s_columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", s_columns.Select(c => "@" + c))})";

    public static async Task InsertAsync(ReadinessDbContext db, IReadOnlyList<Item> items, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Items are written inside the import's transaction.");
        command.CommandText = s_insert;
        var parameters = s_columns.ToDictionary(c => c, c =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + c;
            command.Parameters.Add(parameter);
            return parameter;
        });
        await command.PrepareAsync(ct);

        foreach (var item in items)
        {
            Set(parameters["BoardId"], item.BoardId);
            Set(parameters["SectionId"], item.Section?.Id ?? item.SectionId);
            Set(parameters["PhaseId"], item.Phase?.Id ?? item.PhaseId);
            Set(parameters["Key"], item.Key);
            Set(parameters["Title"], item.Title);
            Set(parameters["Details"], item.Details);
            Set(parameters["Status"], item.Status.ToString());
            Set(parameters["StatusReason"], item.StatusReason);
            Set(parameters["Priority"], item.Priority);
            Set(parameters["Impact"], item.Impact);
            Set(parameters["Effort"], item.Effort);
            Set(parameters["Risk"], item.Risk);
            Set(parameters["EstimateMinHours"], item.EstimateMinHours);
            Set(parameters["EstimateMaxHours"], item.EstimateMaxHours);
            Set(parameters["SourceLine"], item.SourceLine);
            Set(parameters["Position"], item.Position);
            Set(parameters["Depth"], item.Depth);
            Set(parameters["Version"], item.Version);
            Set(parameters["CompletedAt"], item.CompletedAt);
            Set(parameters["CompletedBy"], item.CompletedBy);
            Set(parameters["UpdatedAt"], item.UpdatedAt);
            Set(parameters["SourceDoneIn"], item.SourceDoneIn);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static void Set(DbParameter parameter, object? value) => parameter.Value = value ?? DBNull.Value;
}
