using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReadinessBoard.Data.Migrations;

/// <summary>
/// <c>Items.SourceDoneIn</c>: where the imported document marks an item done, so the Overview can warn
/// when the item is open (a priority-matrix row struck through as done, say). Existing items get null:
/// their documents were read before this was kept, and a re-import fills it in.
/// </summary>
[DbContext(typeof(ReadinessDbContext))]
[Migration("20261122000100_ItemSourceDoneIn")]
public sealed class ItemSourceDoneIn : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "SourceDoneIn", table: "Items", type: "TEXT", maxLength: 50, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "SourceDoneIn", table: "Items");
}
