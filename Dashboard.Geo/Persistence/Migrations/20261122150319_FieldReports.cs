using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dashboard.Geo.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FieldReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "field_reports",
                schema: "geo",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    location = table.Column<Point>(type: "geometry(Point,4326)", nullable: false),
                    observed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    source_reliability = table.Column<char>(type: "character(1)", nullable: false),
                    information_credibility = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    reporting_officer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    agency = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    people_count = table.Column<int>(type: "integer", nullable: true),
                    profile = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    suspected_modus_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    intended_destination = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: true),
                    crossing_id = table.Column<int>(type: "integer", nullable: true),
                    village_id = table.Column<int>(type: "integer", nullable: true),
                    rat_route_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_field_reports", x => x.id);
                    table.CheckConstraint("ck_field_reports_grading", "source_reliability IN ('A','B','C','D','E','F') AND information_credibility BETWEEN 1 AND 6");
                    table.CheckConstraint("ck_field_reports_location_valid", "ST_IsValid(location)");
                    table.ForeignKey(
                        name: "FK_field_reports_assisted_villages_village_id",
                        column: x => x.village_id,
                        principalSchema: "geo",
                        principalTable: "assisted_villages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_field_reports_border_crossings_crossing_id",
                        column: x => x.crossing_id,
                        principalSchema: "geo",
                        principalTable: "border_crossings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_field_reports_modi_operandi_suspected_modus_code",
                        column: x => x.suspected_modus_code,
                        principalSchema: "geo",
                        principalTable: "modi_operandi",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_field_reports_rat_routes_rat_route_id",
                        column: x => x.rat_route_id,
                        principalSchema: "geo",
                        principalTable: "rat_routes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_field_reports_crossing_id",
                schema: "geo",
                table: "field_reports",
                column: "crossing_id");

            migrationBuilder.CreateIndex(
                name: "IX_field_reports_idempotency_key",
                schema: "geo",
                table: "field_reports",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_field_reports_location",
                schema: "geo",
                table: "field_reports",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "IX_field_reports_observed_at",
                schema: "geo",
                table: "field_reports",
                column: "observed_at");

            migrationBuilder.CreateIndex(
                name: "IX_field_reports_rat_route_id",
                schema: "geo",
                table: "field_reports",
                column: "rat_route_id");

            migrationBuilder.CreateIndex(
                name: "IX_field_reports_suspected_modus_code",
                schema: "geo",
                table: "field_reports",
                column: "suspected_modus_code");

            migrationBuilder.CreateIndex(
                name: "IX_field_reports_village_id",
                schema: "geo",
                table: "field_reports",
                column: "village_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "field_reports",
                schema: "geo");
        }
    }
}
