using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Geo.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CaseIssuingNotice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "issuing_notice_acknowledged_at",
                schema: "geo",
                table: "case_origins",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "issuing_notice_acknowledged_by",
                schema: "geo",
                table: "case_origins",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_origins_issuing_office",
                schema: "geo",
                table: "case_origins",
                column: "issuing_office");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_case_origins_issuing_office",
                schema: "geo",
                table: "case_origins");

            migrationBuilder.DropColumn(
                name: "issuing_notice_acknowledged_at",
                schema: "geo",
                table: "case_origins");

            migrationBuilder.DropColumn(
                name: "issuing_notice_acknowledged_by",
                schema: "geo",
                table: "case_origins");
        }
    }
}
