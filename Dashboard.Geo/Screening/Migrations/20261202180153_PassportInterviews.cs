using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dashboard.Geo.Screening.Migrations
{
    /// <inheritdoc />
    public partial class PassportInterviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "passport_interviews",
                schema: "screening",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    office_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    identity_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    age_group = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    sex = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    modus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    destination_country = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: true),
                    indicators = table.Column<string[]>(type: "text[]", nullable: false),
                    outcome = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    interviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_passport_interviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "repeat_applicant_alerts",
                schema: "screening",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    refused_interview_id = table.Column<Guid>(type: "uuid", nullable: false),
                    later_interview_id = table.Column<Guid>(type: "uuid", nullable: false),
                    refusing_office = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    later_office = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    refused_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_repeat_applicant_alerts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_passport_interviews_identity_hash_interviewed_at",
                schema: "screening",
                table: "passport_interviews",
                columns: new[] { "identity_hash", "interviewed_at" });

            migrationBuilder.CreateIndex(
                name: "IX_repeat_applicant_alerts_later_office",
                schema: "screening",
                table: "repeat_applicant_alerts",
                column: "later_office");

            migrationBuilder.CreateIndex(
                name: "IX_repeat_applicant_alerts_refused_interview_id_later_intervie~",
                schema: "screening",
                table: "repeat_applicant_alerts",
                columns: new[] { "refused_interview_id", "later_interview_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_repeat_applicant_alerts_refusing_office",
                schema: "screening",
                table: "repeat_applicant_alerts",
                column: "refusing_office");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "passport_interviews",
                schema: "screening");

            migrationBuilder.DropTable(
                name: "repeat_applicant_alerts",
                schema: "screening");
        }
    }
}
