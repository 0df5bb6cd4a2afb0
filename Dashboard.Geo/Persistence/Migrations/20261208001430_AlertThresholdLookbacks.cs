using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Geo.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AlertThresholdLookbacks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "case_lookback_days",
                schema: "geo",
                table: "alert_threshold_versions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "early_warning_lookback_days",
                schema: "geo",
                table: "alert_threshold_versions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "report_lookback_hours",
                schema: "geo",
                table: "alert_threshold_versions",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "case_lookback_days",
                schema: "geo",
                table: "alert_threshold_versions");

            migrationBuilder.DropColumn(
                name: "early_warning_lookback_days",
                schema: "geo",
                table: "alert_threshold_versions");

            migrationBuilder.DropColumn(
                name: "report_lookback_hours",
                schema: "geo",
                table: "alert_threshold_versions");
        }
    }
}
