using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UnitPathPatternIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
