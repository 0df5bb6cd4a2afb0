using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Geo.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AlertOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "outcome",
                schema: "geo",
                table: "alerts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "outcome",
                schema: "geo",
                table: "alert_activities",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "outcome",
                schema: "geo",
                table: "alerts");

            migrationBuilder.DropColumn(
                name: "outcome",
                schema: "geo",
                table: "alert_activities");
        }
    }
}
