using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dashboard.Geo.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AlertThresholdVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "alert_threshold_versions",
                schema: "geo",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    watched_destinations = table.Column<string[]>(type: "text[]", nullable: false),
                    offloading_cluster_size = table.Column<int>(type: "integer", nullable: false),
                    offloading_window_hours = table.Column<int>(type: "integer", nullable: false),
                    rat_route_distance_km = table.Column<double>(type: "double precision", nullable: false),
                    credible_weight = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alert_threshold_versions", x => x.id);
                    table.CheckConstraint("ck_alert_thresholds_positive", "offloading_cluster_size >= 2 AND offloading_window_hours >= 1 AND rat_route_distance_km > 0 AND credible_weight > 0 AND credible_weight <= 1");
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "alert_threshold_versions",
                schema: "geo");
        }
    }
}
