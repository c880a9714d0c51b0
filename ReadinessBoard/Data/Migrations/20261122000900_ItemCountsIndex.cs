using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReadinessBoard.Data.Migrations;

/// <summary>
/// An index on <c>Items (BoardId, ArchivedAt, SectionId, Status)</c>: the progress counts that every tick
/// publishes, and the board's and its sections' counts on each read, come from it without reading the
/// items' rows.
/// </summary>
[DbContext(typeof(ReadinessDbContext))]
[Migration("20261122000900_ItemCountsIndex")]
public sealed class ItemCountsIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateIndex(
            name: "IX_Items_BoardId_ArchivedAt_SectionId_Status",
            table: "Items",
            columns: ["BoardId", "ArchivedAt", "SectionId", "Status"]);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropIndex(name: "IX_Items_BoardId_ArchivedAt_SectionId_Status", table: "Items");
}
