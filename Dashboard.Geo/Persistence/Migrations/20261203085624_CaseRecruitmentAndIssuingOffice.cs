using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Geo.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CaseRecruitmentAndIssuingOffice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "issuing_office",
                schema: "geo",
                table: "case_origins",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recruitment_channel",
                schema: "geo",
                table: "case_origins",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "recruitment_method",
                schema: "geo",
                table: "case_origins",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "issuing_office",
                schema: "geo",
                table: "case_origins");

            migrationBuilder.DropColumn(
                name: "recruitment_channel",
                schema: "geo",
                table: "case_origins");

            migrationBuilder.DropColumn(
                name: "recruitment_method",
                schema: "geo",
                table: "case_origins");
        }
    }
}
