using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Geo.Screening.Migrations
{
    /// <inheritdoc />
    public partial class Repatriations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "repatriations",
                schema: "screening",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    office_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    age_group = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    sex = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    group_size = table.Column<int>(type: "integer", nullable: false),
                    from_country = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    mission = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    temporary_travel_document = table.Column<bool>(type: "boolean", nullable: false),
                    arrival_crossing_id = table.Column<int>(type: "integer", nullable: false),
                    arrival_crossing_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    arrival_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    issuing_office_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    notice_acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    notice_acknowledged_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    hand_over_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    hand_over_service_id = table.Column<int>(type: "integer", nullable: true),
                    handed_over_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    handed_over_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    hand_over_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_repatriations", x => x.id);
                    table.CheckConstraint("ck_repatriation_group_size", "group_size between 1 and 500");
                    table.ForeignKey(
                        name: "FK_repatriations_services_hand_over_service_id",
                        column: x => x.hand_over_service_id,
                        principalSchema: "screening",
                        principalTable: "services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_repatriations_hand_over_service_id",
                schema: "screening",
                table: "repatriations",
                column: "hand_over_service_id");

            migrationBuilder.CreateIndex(
                name: "IX_repatriations_issuing_office_code",
                schema: "screening",
                table: "repatriations",
                column: "issuing_office_code");

            migrationBuilder.CreateIndex(
                name: "IX_repatriations_office_code_arrival_at",
                schema: "screening",
                table: "repatriations",
                columns: new[] { "office_code", "arrival_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "repatriations",
                schema: "screening");
        }
    }
}
