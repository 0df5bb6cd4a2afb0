using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Dashboard.Geo.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialGeo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "geo");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.CreateTable(
                name: "assisted_villages",
                schema: "geo",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    village_code = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    regency_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    mentor_officer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    launched_on = table.Column<DateOnly>(type: "date", nullable: false),
                    location = table.Column<Point>(type: "geometry(Point,4326)", nullable: false),
                    is_synthetic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assisted_villages", x => x.id);
                    table.CheckConstraint("ck_assisted_villages_location_valid", "ST_IsValid(location)");
                });

            migrationBuilder.CreateTable(
                name: "border_crossings",
                schema: "geo",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    managing_office = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    regency_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    location = table.Column<Point>(type: "geometry(Point,4326)", nullable: false),
                    daily_passengers = table.Column<int>(type: "integer", nullable: false),
                    interview_officers = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_border_crossings", x => x.id);
                    table.CheckConstraint("ck_border_crossings_location_valid", "ST_IsValid(location)");
                });

            migrationBuilder.CreateTable(
                name: "modi_operandi",
                schema: "geo",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_modi_operandi", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "provinces",
                schema: "geo",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    seat = table.Column<Point>(type: "geometry(Point,4326)", nullable: false),
                    boundary = table.Column<MultiPolygon>(type: "geometry(MultiPolygon,4326)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provinces", x => x.code);
                    table.CheckConstraint("ck_provinces_boundary_valid", "boundary IS NULL OR ST_IsValid(boundary)");
                });

            migrationBuilder.CreateTable(
                name: "outreach_sessions",
                schema: "geo",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    village_id = table.Column<int>(type: "integer", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    topic = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    attendance = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outreach_sessions", x => x.id);
                    table.CheckConstraint("ck_outreach_sessions_attendance", "attendance >= 0");
                    table.ForeignKey(
                        name: "FK_outreach_sessions_assisted_villages_village_id",
                        column: x => x.village_id,
                        principalSchema: "geo",
                        principalTable: "assisted_villages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rat_routes",
                schema: "geo",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    local_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    mode = table.Column<int>(type: "integer", nullable: false),
                    activity = table.Column<int>(type: "integer", nullable: false),
                    last_observed = table.Column<DateOnly>(type: "date", nullable: false),
                    confidence = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    nearest_crossing_id = table.Column<int>(type: "integer", nullable: true),
                    path = table.Column<LineString>(type: "geometry(LineString,4326)", nullable: false),
                    is_synthetic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rat_routes", x => x.id);
                    table.CheckConstraint("ck_rat_routes_path_valid", "ST_IsValid(path)");
                    table.ForeignKey(
                        name: "FK_rat_routes_border_crossings_nearest_crossing_id",
                        column: x => x.nearest_crossing_id,
                        principalSchema: "geo",
                        principalTable: "border_crossings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "regencies",
                schema: "geo",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    seat = table.Column<Point>(type: "geometry(Point,4326)", nullable: false),
                    boundary = table.Column<MultiPolygon>(type: "geometry(MultiPolygon,4326)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regencies", x => x.code);
                    table.CheckConstraint("ck_regencies_boundary_valid", "boundary IS NULL OR ST_IsValid(boundary)");
                    table.ForeignKey(
                        name: "FK_regencies_provinces_province_code",
                        column: x => x.province_code,
                        principalSchema: "geo",
                        principalTable: "provinces",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_origins",
                schema: "geo",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    location = table.Column<Point>(type: "geometry(Point,4326)", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    regency_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    village_code = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    reported_on = table.Column<DateOnly>(type: "date", nullable: false),
                    victim_count = table.Column<int>(type: "integer", nullable: false),
                    minor_count = table.Column<int>(type: "integer", nullable: false),
                    modus_operandi_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    destination_country = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    exit_crossing_id = table.Column<int>(type: "integer", nullable: true),
                    exit_rat_route_id = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    reporting_agency = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    exploitation = table.Column<int>(type: "integer", nullable: false),
                    means_of_control = table.Column<int>(type: "integer", nullable: false),
                    recruiter_relation = table.Column<int>(type: "integer", nullable: false),
                    is_synthetic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_origins", x => x.id);
                    table.CheckConstraint("ck_case_origins_counts", "victim_count >= 0 AND minor_count >= 0 AND minor_count <= victim_count");
                    table.CheckConstraint("ck_case_origins_location_valid", "ST_IsValid(location)");
                    table.CheckConstraint("ck_case_origins_one_exit", "exit_crossing_id IS NULL OR exit_rat_route_id IS NULL");
                    table.ForeignKey(
                        name: "FK_case_origins_border_crossings_exit_crossing_id",
                        column: x => x.exit_crossing_id,
                        principalSchema: "geo",
                        principalTable: "border_crossings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_case_origins_modi_operandi_modus_operandi_code",
                        column: x => x.modus_operandi_code,
                        principalSchema: "geo",
                        principalTable: "modi_operandi",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_origins_rat_routes_exit_rat_route_id",
                        column: x => x.exit_rat_route_id,
                        principalSchema: "geo",
                        principalTable: "rat_routes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "case_victim_groups",
                schema: "geo",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sex = table.Column<int>(type: "integer", nullable: false),
                    age_group = table.Column<int>(type: "integer", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false),
                    case_origin_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_victim_groups", x => x.id);
                    table.CheckConstraint("ck_case_victim_groups_count", "count > 0");
                    table.ForeignKey(
                        name: "FK_case_victim_groups_case_origins_case_origin_id",
                        column: x => x.case_origin_id,
                        principalSchema: "geo",
                        principalTable: "case_origins",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                schema: "geo",
                table: "modi_operandi",
                columns: new[] { "code", "is_active", "name_en", "name_id" },
                values: new object[,]
                {
                    { "DOUBLE_IDENTITY", true, "Double identity documents", "Dokumen identitas ganda" },
                    { "MIXED_MARRIAGE", true, "Mixed marriage (mail-order bride)", "Perkawinan campuran (pengantin pesanan)" },
                    { "ONLINE_SCAM_JOB", true, "Online job offer leading to a scam compound", "Tawaran kerja daring ke sindikat penipuan" },
                    { "OTHER", true, "Other", "Lainnya" },
                    { "PMI_NONPROSEDURAL", true, "Non-procedural migrant worker placement", "Penempatan PMI non-prosedural" },
                    { "STUDENT_INTERNSHIP", true, "Student, scholarship or internship cover", "Kedok pelajar, beasiswa atau magang" },
                    { "UMRAH_PILGRIMAGE", true, "Umrah or pilgrimage group cover", "Kedok rombongan umrah/ziarah" },
                    { "WRONG_VISA", true, "Wrong visa (tourist visa used for work)", "Visa tidak sesuai (visa turis untuk bekerja)" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_assisted_villages_location",
                schema: "geo",
                table: "assisted_villages",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "IX_assisted_villages_village_code",
                schema: "geo",
                table: "assisted_villages",
                column: "village_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_border_crossings_code",
                schema: "geo",
                table: "border_crossings",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_border_crossings_location",
                schema: "geo",
                table: "border_crossings",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "IX_case_origins_exit_crossing_id",
                schema: "geo",
                table: "case_origins",
                column: "exit_crossing_id");

            migrationBuilder.CreateIndex(
                name: "IX_case_origins_exit_rat_route_id",
                schema: "geo",
                table: "case_origins",
                column: "exit_rat_route_id");

            migrationBuilder.CreateIndex(
                name: "IX_case_origins_location",
                schema: "geo",
                table: "case_origins",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "IX_case_origins_modus_operandi_code",
                schema: "geo",
                table: "case_origins",
                column: "modus_operandi_code");

            migrationBuilder.CreateIndex(
                name: "IX_case_origins_province_code_reported_on",
                schema: "geo",
                table: "case_origins",
                columns: new[] { "province_code", "reported_on" });

            migrationBuilder.CreateIndex(
                name: "IX_case_origins_reported_on",
                schema: "geo",
                table: "case_origins",
                column: "reported_on");

            migrationBuilder.CreateIndex(
                name: "IX_case_origins_reporting_agency_reference",
                schema: "geo",
                table: "case_origins",
                columns: new[] { "reporting_agency", "reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_victim_groups_case_origin_id",
                schema: "geo",
                table: "case_victim_groups",
                column: "case_origin_id");

            migrationBuilder.CreateIndex(
                name: "IX_outreach_sessions_village_id_held_on",
                schema: "geo",
                table: "outreach_sessions",
                columns: new[] { "village_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "IX_provinces_boundary",
                schema: "geo",
                table: "provinces",
                column: "boundary")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "IX_rat_routes_nearest_crossing_id",
                schema: "geo",
                table: "rat_routes",
                column: "nearest_crossing_id");

            migrationBuilder.CreateIndex(
                name: "IX_rat_routes_path",
                schema: "geo",
                table: "rat_routes",
                column: "path")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "IX_regencies_boundary",
                schema: "geo",
                table: "regencies",
                column: "boundary")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "IX_regencies_province_code",
                schema: "geo",
                table: "regencies",
                column: "province_code");

            migrationBuilder.CreateIndex(
                name: "IX_regencies_seat",
                schema: "geo",
                table: "regencies",
                column: "seat")
                .Annotation("Npgsql:IndexMethod", "gist");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_victim_groups",
                schema: "geo");

            migrationBuilder.DropTable(
                name: "outreach_sessions",
                schema: "geo");

            migrationBuilder.DropTable(
                name: "regencies",
                schema: "geo");

            migrationBuilder.DropTable(
                name: "case_origins",
                schema: "geo");

            migrationBuilder.DropTable(
                name: "assisted_villages",
                schema: "geo");

            migrationBuilder.DropTable(
                name: "provinces",
                schema: "geo");

            migrationBuilder.DropTable(
                name: "modi_operandi",
                schema: "geo");

            migrationBuilder.DropTable(
                name: "rat_routes",
                schema: "geo");

            migrationBuilder.DropTable(
                name: "border_crossings",
                schema: "geo");
        }
    }
}
