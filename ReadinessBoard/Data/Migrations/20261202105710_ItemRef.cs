using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReadinessBoard.Data.Migrations
{
    /// <inheritdoc />
    public partial class ItemRef : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Ref",
                table: "Items",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Ref",
                table: "Items");
        }
    }
}
