using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dashboard.Geo.Screening.Migrations
{
    /// <inheritdoc />
    public partial class ScreeningRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "screening");

            migrationBuilder.CreateTable(
                name: "screenings",
                schema: "screening",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    crossing_id = table.Column<int>(type: "integer", nullable: false),
                    crossing_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    office_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    screened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    age_group = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    sex = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    travelling_alone = table.Column<bool>(type: "boolean", nullable: false),
                    group_size = table.Column<int>(type: "integer", nullable: false),
                    documents = table.Column<string[]>(type: "text[]", nullable: false),
                    stated_purpose = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    suspected_purpose = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    modus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    destination_country = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    indicators = table.Column<string[]>(type: "text[]", nullable: false),
                    disposition = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_screenings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "services",
                schema: "screening",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    region_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    contact = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    takes_adults = table.Column<bool>(type: "boolean", nullable: false),
                    takes_minors = table.Column<bool>(type: "boolean", nullable: false),
                    takes_women = table.Column<bool>(type: "boolean", nullable: false),
                    takes_men = table.Column<bool>(type: "boolean", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    agency = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    retired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "protection_records",
                schema: "screening",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    screening_id = table.Column<Guid>(type: "uuid", nullable: false),
                    office_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    indicators = table.Column<string[]>(type: "text[]", nullable: false),
                    no_administrative_action = table.Column<bool>(type: "boolean", nullable: false),
                    consent = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    opened_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    opened_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_records", x => x.id);
                    table.CheckConstraint("ck_protection_no_administrative_action", "no_administrative_action");
                    table.ForeignKey(
                        name: "FK_protection_records_screenings_screening_id",
                        column: x => x.screening_id,
                        principalSchema: "screening",
                        principalTable: "screenings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                schema: "screening",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    protection_record_id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_id = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    referred_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    referred_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    referred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    answered_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    answered_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    answered_by_agency = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    answered_on_behalf = table.Column<bool>(type: "boolean", nullable: false),
                    answer_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    flagged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.id);
                    table.ForeignKey(
                        name: "FK_referrals_protection_records_protection_record_id",
                        column: x => x.protection_record_id,
                        principalSchema: "screening",
                        principalTable: "protection_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_referrals_services_service_id",
                        column: x => x.service_id,
                        principalSchema: "screening",
                        principalTable: "services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_protection_records_screening_id",
                schema: "screening",
                table: "protection_records",
                column: "screening_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_referrals_protection_record_id",
                schema: "screening",
                table: "referrals",
                column: "protection_record_id");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_service_id",
                schema: "screening",
                table: "referrals",
                column: "service_id");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_status_referred_at",
                schema: "screening",
                table: "referrals",
                columns: new[] { "status", "referred_at" });

            migrationBuilder.CreateIndex(
                name: "IX_screenings_crossing_code_screened_at",
                schema: "screening",
                table: "screenings",
                columns: new[] { "crossing_code", "screened_at" });

            migrationBuilder.CreateIndex(
                name: "IX_screenings_office_code_screened_at",
                schema: "screening",
                table: "screenings",
                columns: new[] { "office_code", "screened_at" });

            migrationBuilder.CreateIndex(
                name: "IX_services_agency",
                schema: "screening",
                table: "services",
                column: "agency");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "referrals",
                schema: "screening");

            migrationBuilder.DropTable(
                name: "protection_records",
                schema: "screening");

            migrationBuilder.DropTable(
                name: "services",
                schema: "screening");

            migrationBuilder.DropTable(
                name: "screenings",
                schema: "screening");
        }
    }
}
