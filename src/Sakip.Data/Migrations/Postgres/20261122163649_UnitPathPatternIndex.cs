using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UnitPathPatternIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_units_Path",
                table: "units");

            migrationBuilder.CreateIndex(
                name: "IX_units_Path",
                table: "units",
                column: "Path")
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_units_Path",
                table: "units");

            migrationBuilder.CreateIndex(
                name: "IX_units_Path",
                table: "units",
                column: "Path");
        }
    }
}
