using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NarrativeSectionUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_narratives_UnitId_Year_Section_without_sasaran",
                table: "narratives",
                columns: new[] { "UnitId", "Year", "Section" },
                unique: true,
                filter: "\"PlanElementId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_narratives_UnitId_Year_Section_without_sasaran",
                table: "narratives");
        }
    }
}
