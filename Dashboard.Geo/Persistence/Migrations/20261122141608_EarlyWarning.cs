using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dashboard.Geo.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EarlyWarning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "early_warning_alerts",
                schema: "geo",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    area_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    area_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    stream = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    week_start = table.Column<DateOnly>(type: "date", nullable: false),
                    observed = table.Column<int>(type: "integer", nullable: false),
                    expected = table.Column<double>(type: "double precision", nullable: false),
                    statistic = table.Column<double>(type: "double precision", nullable: false),
                    threshold = table.Column<double>(type: "double precision", nullable: false),
                    shift_ratio = table.Column<double>(type: "double precision", nullable: false),
                    evidence = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_early_warning_alerts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_early_warning_alerts_area_code_stream_week_start",
                schema: "geo",
                table: "early_warning_alerts",
                columns: new[] { "area_code", "stream", "week_start" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_early_warning_alerts_raised_at",
                schema: "geo",
                table: "early_warning_alerts",
                column: "raised_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "early_warning_alerts",
                schema: "geo");
        }
    }
}
