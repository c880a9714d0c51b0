using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReadinessBoard.Data.Migrations
{
    /// <inheritdoc />
    public partial class Invitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "InvitationExpiresAt",
                table: "TeamMembers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvitationHash",
                table: "TeamMembers",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TeamMembers_InvitationHash",
                table: "TeamMembers",
                column: "InvitationHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TeamMembers_InvitationHash",
                table: "TeamMembers");

            migrationBuilder.DropColumn(
                name: "InvitationExpiresAt",
                table: "TeamMembers");

            migrationBuilder.DropColumn(
                name: "InvitationHash",
                table: "TeamMembers");
        }
    }
}
