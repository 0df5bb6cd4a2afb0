using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Web.Timpora.Migrations
{
    /// <inheritdoc />
    public partial class TimporaActionItemFlaggedOverdue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FlaggedOverdueAt",
                schema: "timpora",
                table: "action_items",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FlaggedOverdueAt",
                schema: "timpora",
                table: "action_items");
        }
    }
}
