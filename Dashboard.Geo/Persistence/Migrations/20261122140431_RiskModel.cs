using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dashboard.Geo.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RiskModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "grid_cells",
                schema: "geo",
                columns: table => new
                {
                    edge_metres = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false),
                    boundary = table.Column<Polygon>(type: "geometry(Polygon,4326)", nullable: false),
                    centre = table.Column<Point>(type: "geometry(Point,4326)", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    regency_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grid_cells", x => new { x.edge_metres, x.id });
                });

            migrationBuilder.CreateTable(
                name: "land_areas",
                schema: "geo",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    is_indonesia = table.Column<bool>(type: "boolean", nullable: false),
                    outline = table.Column<MultiPolygon>(type: "geometry(MultiPolygon,4326)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_land_areas", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "risk_runs",
                schema: "geo",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    trigger = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    model_version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    grid_edge_metres = table.Column<int>(type: "integer", nullable: false),
                    parameters = table.Column<string>(type: "jsonb", nullable: false),
                    input_counts = table.Column<string>(type: "jsonb", nullable: true),
                    stage_durations = table.Column<string>(type: "jsonb", nullable: true),
                    cell_count = table.Column<int>(type: "integer", nullable: false),
                    hot_spot_count = table.Column<int>(type: "integer", nullable: false),
                    error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cell_risks",
                schema: "geo",
                columns: table => new
                {
                    run_id = table.Column<int>(type: "integer", nullable: false),
                    cell_id = table.Column<long>(type: "bigint", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    regency_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    case_density = table.Column<double>(type: "double precision", nullable: false),
                    report_density = table.Column<double>(type: "double precision", nullable: false),
                    rat_route_factor = table.Column<double>(type: "double precision", nullable: false),
                    crossing_factor = table.Column<double>(type: "double precision", nullable: false),
                    threat = table.Column<double>(type: "double precision", nullable: false),
                    coverage_gap_km = table.Column<double>(type: "double precision", nullable: false),
                    vulnerability = table.Column<double>(type: "double precision", nullable: false),
                    minor_share = table.Column<double>(type: "double precision", nullable: false),
                    high_risk_destination_share = table.Column<double>(type: "double precision", nullable: false),
                    impact = table.Column<double>(type: "double precision", nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    gi_z = table.Column<double>(type: "double precision", nullable: false),
                    is_hot_spot = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cell_risks", x => new { x.run_id, x.cell_id });
                    table.ForeignKey(
                        name: "FK_cell_risks_risk_runs_run_id",
                        column: x => x.run_id,
                        principalSchema: "geo",
                        principalTable: "risk_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_grid_cells_boundary",
                schema: "geo",
                table: "grid_cells",
                column: "boundary")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "IX_grid_cells_centre",
                schema: "geo",
                table: "grid_cells",
                column: "centre")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "IX_land_areas_outline",
                schema: "geo",
                table: "land_areas",
                column: "outline")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "IX_risk_runs_status_finished_at",
                schema: "geo",
                table: "risk_runs",
                columns: new[] { "status", "finished_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cell_risks",
                schema: "geo");

            migrationBuilder.DropTable(
                name: "grid_cells",
                schema: "geo");

            migrationBuilder.DropTable(
                name: "land_areas",
                schema: "geo");

            migrationBuilder.DropTable(
                name: "risk_runs",
                schema: "geo");
        }
    }
}
