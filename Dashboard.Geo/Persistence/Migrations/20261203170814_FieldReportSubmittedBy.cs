using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Geo.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FieldReportSubmittedBy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "submitted_by",
                schema: "geo",
                table: "field_reports",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_field_reports_submitted_by",
                schema: "geo",
                table: "field_reports",
                column: "submitted_by");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_field_reports_submitted_by",
                schema: "geo",
                table: "field_reports");

            migrationBuilder.DropColumn(
                name: "submitted_by",
                schema: "geo",
                table: "field_reports");
        }
    }
}
