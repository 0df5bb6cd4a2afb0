using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dashboard.Geo.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Patrols : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "patrols",
                schema: "geo",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    base_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    base_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    mode = table.Column<int>(type: "integer", nullable: false),
                    planned_for = table.Column<DateOnly>(type: "date", nullable: false),
                    team = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    budget_hours = table.Column<double>(type: "double precision", nullable: true),
                    budget_kilometres = table.Column<double>(type: "double precision", nullable: true),
                    route = table.Column<LineString>(type: "geometry(LineString,4326)", nullable: false),
                    kilometres = table.Column<double>(type: "double precision", nullable: false),
                    hours = table.Column<double>(type: "double precision", nullable: false),
                    risk = table.Column<double>(type: "double precision", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    outcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    finding_report_ids = table.Column<List<long>>(type: "bigint[]", nullable: false),
                    completed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    waypoints = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patrols", x => x.id);
                    table.CheckConstraint("ck_patrols_route_valid", "ST_IsValid(route)");
                });

            migrationBuilder.CreateIndex(
                name: "IX_patrols_planned_for_status",
                schema: "geo",
                table: "patrols",
                columns: new[] { "planned_for", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_patrols_route",
                schema: "geo",
                table: "patrols",
                column: "route")
                .Annotation("Npgsql:IndexMethod", "gist");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "patrols",
                schema: "geo");
        }
    }
}
