using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Web.Timpora.Migrations
{
    /// <inheritdoc />
    public partial class TimporaMeetingBriefing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Briefing",
                schema: "timpora",
                table: "meetings",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Briefing",
                schema: "timpora",
                table: "meetings");
        }
    }
}
