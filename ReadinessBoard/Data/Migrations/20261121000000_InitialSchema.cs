using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReadinessBoard.Data.Migrations;

/// <summary>
/// The first schema, written by hand (the EF design-time tools are not available here).
/// <c>MigrationSchemaTests</c> proves it builds exactly the schema the model describes.
/// </summary>
[DbContext(typeof(ReadinessDbContext))]
[Migration("20261121000000_InitialSchema")]
public sealed class InitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Teams",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Teams", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Boards",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                SourceMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                SourceFileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                PlanStartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                ArchivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Boards", x => x.Id);
                table.ForeignKey("FK_Boards_Teams_TeamId", x => x.TeamId, "Teams", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "CostLines",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                BoardId = table.Column<int>(type: "INTEGER", nullable: false),
                TableName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                IsTotal = table.Column<bool>(type: "INTEGER", nullable: false),
                SourceLine = table.Column<int>(type: "INTEGER", nullable: false),
                Position = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CostLines", x => x.Id);
                table.ForeignKey("FK_CostLines_Boards_BoardId", x => x.BoardId, "Boards", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PlanPhases",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                BoardId = table.Column<int>(type: "INTEGER", nullable: false),
                ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Path = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                Position = table.Column<int>(type: "INTEGER", nullable: false),
                Goal = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                StatedHours = table.Column<double>(type: "REAL", nullable: true),
                StartDay = table.Column<int>(type: "INTEGER", nullable: true),
                EndDay = table.Column<int>(type: "INTEGER", nullable: true),
                SourceLine = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PlanPhases", x => x.Id);
                table.ForeignKey("FK_PlanPhases_Boards_BoardId", x => x.BoardId, "Boards", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_PlanPhases_PlanPhases_ParentId", x => x.ParentId, "PlanPhases", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Sections",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                BoardId = table.Column<int>(type: "INTEGER", nullable: false),
                ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                Level = table.Column<int>(type: "INTEGER", nullable: false),
                Position = table.Column<int>(type: "INTEGER", nullable: false),
                SourceLine = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sections", x => x.Id);
                table.ForeignKey("FK_Sections_Boards_BoardId", x => x.BoardId, "Boards", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Sections_Sections_ParentId", x => x.ParentId, "Sections", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CostAmounts",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                CostLineId = table.Column<int>(type: "INTEGER", nullable: false),
                Column = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Min = table.Column<double>(type: "REAL", nullable: false),
                Max = table.Column<double>(type: "REAL", nullable: false),
                Period = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CostAmounts", x => x.Id);
                table.ForeignKey("FK_CostAmounts_CostLines_CostLineId", x => x.CostLineId, "CostLines", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Metrics",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                BoardId = table.Column<int>(type: "INTEGER", nullable: false),
                SectionId = table.Column<int>(type: "INTEGER", nullable: true),
                Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                CurrentText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                TargetText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                CurrentValue = table.Column<double>(type: "REAL", nullable: true),
                TargetValue = table.Column<double>(type: "REAL", nullable: true),
                Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                Direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                SourceLine = table.Column<int>(type: "INTEGER", nullable: false),
                Position = table.Column<int>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Metrics", x => x.Id);
                table.ForeignKey("FK_Metrics_Boards_BoardId", x => x.BoardId, "Boards", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Metrics_Sections_SectionId", x => x.SectionId, "Sections", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "Items",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                BoardId = table.Column<int>(type: "INTEGER", nullable: false),
                SectionId = table.Column<int>(type: "INTEGER", nullable: true),
                PhaseId = table.Column<int>(type: "INTEGER", nullable: true),
                Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                Details = table.Column<string>(type: "TEXT", nullable: true),
                Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                StatusReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                Priority = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                Impact = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                Effort = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                Risk = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                EstimateMinHours = table.Column<double>(type: "REAL", nullable: true),
                EstimateMaxHours = table.Column<double>(type: "REAL", nullable: true),
                Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                EvidenceUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                Notes = table.Column<string>(type: "TEXT", nullable: true),
                SourceLine = table.Column<int>(type: "INTEGER", nullable: false),
                Position = table.Column<int>(type: "INTEGER", nullable: false),
                Depth = table.Column<int>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
                CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                CompletedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                ArchivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Items", x => x.Id);
                table.ForeignKey("FK_Items_Boards_BoardId", x => x.BoardId, "Boards", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Items_PlanPhases_PhaseId", x => x.PhaseId, "PlanPhases", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_Items_Sections_SectionId", x => x.SectionId, "Sections", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "MetricReadings",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                MetricId = table.Column<int>(type: "INTEGER", nullable: false),
                ValueText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Value = table.Column<double>(type: "REAL", nullable: true),
                RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MetricReadings", x => x.Id);
                table.ForeignKey("FK_MetricReadings_Metrics_MetricId", x => x.MetricId, "Metrics", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Activities",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                BoardId = table.Column<int>(type: "INTEGER", nullable: false),
                ItemId = table.Column<int>(type: "INTEGER", nullable: true),
                ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                Before = table.Column<string>(type: "TEXT", nullable: true),
                After = table.Column<string>(type: "TEXT", nullable: true),
                OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Activities", x => x.Id);
                table.ForeignKey("FK_Activities_Boards_BoardId", x => x.BoardId, "Boards", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Activities_Items_ItemId", x => x.ItemId, "Items", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateIndex("IX_Activities_BoardId_Id", "Activities", ["BoardId", "Id"]);
        migrationBuilder.CreateIndex("IX_Activities_ItemId", "Activities", "ItemId");
        migrationBuilder.CreateIndex("IX_Boards_TeamId", "Boards", "TeamId");
        migrationBuilder.CreateIndex("IX_CostAmounts_CostLineId", "CostAmounts", "CostLineId");
        migrationBuilder.CreateIndex("IX_CostLines_BoardId_Position", "CostLines", ["BoardId", "Position"]);
        migrationBuilder.CreateIndex("IX_Items_BoardId_Key", "Items", ["BoardId", "Key"], unique: true);
        migrationBuilder.CreateIndex("IX_Items_BoardId_Position", "Items", ["BoardId", "Position"]);
        migrationBuilder.CreateIndex("IX_Items_PhaseId", "Items", "PhaseId");
        migrationBuilder.CreateIndex("IX_Items_SectionId", "Items", "SectionId");
        migrationBuilder.CreateIndex("IX_MetricReadings_MetricId_RecordedAt", "MetricReadings", ["MetricId", "RecordedAt"]);
        migrationBuilder.CreateIndex("IX_Metrics_BoardId_Position", "Metrics", ["BoardId", "Position"]);
        migrationBuilder.CreateIndex("IX_Metrics_SectionId", "Metrics", "SectionId");
        migrationBuilder.CreateIndex("IX_PlanPhases_BoardId_Position", "PlanPhases", ["BoardId", "Position"]);
        migrationBuilder.CreateIndex("IX_PlanPhases_ParentId", "PlanPhases", "ParentId");
        migrationBuilder.CreateIndex("IX_Sections_BoardId_Position", "Sections", ["BoardId", "Position"]);
        migrationBuilder.CreateIndex("IX_Sections_ParentId", "Sections", "ParentId");
        migrationBuilder.CreateIndex("IX_Teams_Name", "Teams", "Name", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "Activities", "MetricReadings", "Items", "Metrics", "CostAmounts", "Sections", "PlanPhases", "CostLines", "Boards", "Teams" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
