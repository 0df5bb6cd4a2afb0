using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dashboard.Geo.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MasterData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "logged_at",
                schema: "geo",
                table: "outreach_sessions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "logged_by",
                schema: "geo",
                table: "outreach_sessions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "men",
                schema: "geo",
                table: "outreach_sessions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "note",
                schema: "geo",
                table: "outreach_sessions",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "partners",
                schema: "geo",
                table: "outreach_sessions",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<int>(
                name: "prospective_migrants",
                schema: "geo",
                table: "outreach_sessions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "topic_other",
                schema: "geo",
                table: "outreach_sessions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "women",
                schema: "geo",
                table: "outreach_sessions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "youth",
                schema: "geo",
                table: "outreach_sessions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "changed_at",
                schema: "geo",
                table: "border_crossings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "changed_by",
                schema: "geo",
                table: "border_crossings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_patrol_base",
                schema: "geo",
                table: "border_crossings",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "opening_hours",
                schema: "geo",
                table: "border_crossings",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "retired_at",
                schema: "geo",
                table: "border_crossings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "retired_reason",
                schema: "geo",
                table: "border_crossings",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decree_number",
                schema: "geo",
                table: "assisted_villages",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "district_code",
                schema: "geo",
                table: "assisted_villages",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mentor_user_id",
                schema: "geo",
                table: "assisted_villages",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "retired_at",
                schema: "geo",
                table: "assisted_villages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "retired_reason",
                schema: "geo",
                table: "assisted_villages",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "gazetteer_areas",
                schema: "geo",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    parent_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    location = table.Column<Point>(type: "geometry(Point,4326)", nullable: true),
                    is_populated = table.Column<bool>(type: "boolean", nullable: false),
                    is_outermost_small = table.Column<bool>(type: "boolean", nullable: false),
                    first_release = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    retired_in_release = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gazetteer_areas", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "gazetteer_releases",
                schema: "geo",
                columns: table => new
                {
                    version = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    loaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    areas = table.Column<int>(type: "integer", nullable: false),
                    added = table.Column<int>(type: "integer", nullable: false),
                    retired = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gazetteer_releases", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "village_mentorships",
                schema: "geo",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    village_id = table.Column<int>(type: "integer", nullable: false),
                    mentor_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    mentor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    until = table.Column<DateOnly>(type: "date", nullable: true),
                    assigned_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_village_mentorships", x => x.id);
                    table.ForeignKey(
                        name: "FK_village_mentorships_assisted_villages_village_id",
                        column: x => x.village_id,
                        principalSchema: "geo",
                        principalTable: "assisted_villages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_gazetteer_areas_code_prefix",
                schema: "geo",
                table: "gazetteer_areas",
                column: "code")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_gazetteer_areas_level_name",
                schema: "geo",
                table: "gazetteer_areas",
                columns: new[] { "level", "name" });

            migrationBuilder.CreateIndex(
                name: "IX_gazetteer_areas_parent_code",
                schema: "geo",
                table: "gazetteer_areas",
                column: "parent_code");

            migrationBuilder.CreateIndex(
                name: "IX_village_mentorships_village_id_from",
                schema: "geo",
                table: "village_mentorships",
                columns: new[] { "village_id", "from" });

            // Villages made before mentors were tracked get their one known mentor, from the launch on.
            migrationBuilder.Sql("""
                INSERT INTO geo.village_mentorships (village_id, mentor_name, "from", assigned_by, assigned_at)
                SELECT id, mentor_officer, launched_on, 'migrasi', now() FROM geo.assisted_villages
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "gazetteer_areas",
                schema: "geo");

            migrationBuilder.DropTable(
                name: "gazetteer_releases",
                schema: "geo");

            migrationBuilder.DropTable(
                name: "village_mentorships",
                schema: "geo");

            migrationBuilder.DropColumn(
                name: "logged_at",
                schema: "geo",
                table: "outreach_sessions");

            migrationBuilder.DropColumn(
                name: "logged_by",
                schema: "geo",
                table: "outreach_sessions");

            migrationBuilder.DropColumn(
                name: "men",
                schema: "geo",
                table: "outreach_sessions");

            migrationBuilder.DropColumn(
                name: "note",
                schema: "geo",
                table: "outreach_sessions");

            migrationBuilder.DropColumn(
                name: "partners",
                schema: "geo",
                table: "outreach_sessions");

            migrationBuilder.DropColumn(
                name: "prospective_migrants",
                schema: "geo",
                table: "outreach_sessions");

            migrationBuilder.DropColumn(
                name: "topic_other",
                schema: "geo",
                table: "outreach_sessions");

            migrationBuilder.DropColumn(
                name: "women",
                schema: "geo",
                table: "outreach_sessions");

            migrationBuilder.DropColumn(
                name: "youth",
                schema: "geo",
                table: "outreach_sessions");

            migrationBuilder.DropColumn(
                name: "changed_at",
                schema: "geo",
                table: "border_crossings");

            migrationBuilder.DropColumn(
                name: "changed_by",
                schema: "geo",
                table: "border_crossings");

            migrationBuilder.DropColumn(
                name: "is_patrol_base",
                schema: "geo",
                table: "border_crossings");

            migrationBuilder.DropColumn(
                name: "opening_hours",
                schema: "geo",
                table: "border_crossings");

            migrationBuilder.DropColumn(
                name: "retired_at",
                schema: "geo",
                table: "border_crossings");

            migrationBuilder.DropColumn(
                name: "retired_reason",
                schema: "geo",
                table: "border_crossings");

            migrationBuilder.DropColumn(
                name: "decree_number",
                schema: "geo",
                table: "assisted_villages");

            migrationBuilder.DropColumn(
                name: "district_code",
                schema: "geo",
                table: "assisted_villages");

            migrationBuilder.DropColumn(
                name: "mentor_user_id",
                schema: "geo",
                table: "assisted_villages");

            migrationBuilder.DropColumn(
                name: "retired_at",
                schema: "geo",
                table: "assisted_villages");

            migrationBuilder.DropColumn(
                name: "retired_reason",
                schema: "geo",
                table: "assisted_villages");
        }
    }
}
