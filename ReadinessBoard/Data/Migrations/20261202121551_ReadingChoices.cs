using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReadinessBoard.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReadingChoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReadingChoices",
                table: "Boards",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReadingChoices",
                table: "Boards");
        }
    }
}
