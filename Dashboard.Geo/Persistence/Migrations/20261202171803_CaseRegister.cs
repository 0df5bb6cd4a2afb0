using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dashboard.Geo.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CaseRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Old lifecycle (Reported 1, UnderInvestigation 2, Prosecuted 3, Closed 4) onto HTCDS's (Active 1,
            // FollowUp 2, Closed 3, ClosedReferred 4): a prosecution is follow-up work, not a closure.
            migrationBuilder.Sql("UPDATE geo.case_origins SET status = CASE status WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 3 THEN 2 WHEN 4 THEN 3 ELSE status END;");

            migrationBuilder.CreateTable(
                name: "case_changes",
                schema: "geo",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_origin_id = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    user_name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    status_from = table.Column<int>(type: "integer", nullable: true),
                    status_to = table.Column<int>(type: "integer", nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_changes", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_changes_case_origins_case_origin_id",
                        column: x => x.case_origin_id,
                        principalSchema: "geo",
                        principalTable: "case_origins",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_case_origins_status",
                schema: "geo",
                table: "case_origins",
                sql: "status BETWEEN 1 AND 4");

            migrationBuilder.CreateIndex(
                name: "IX_case_changes_case_origin_id_at",
                schema: "geo",
                table: "case_changes",
                columns: new[] { "case_origin_id", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE geo.case_origins SET status = CASE status WHEN 3 THEN 4 ELSE status END;");
            migrationBuilder.DropTable(
                name: "case_changes",
                schema: "geo");

            migrationBuilder.DropCheckConstraint(
                name: "ck_case_origins_status",
                schema: "geo",
                table: "case_origins");
        }
    }
}
