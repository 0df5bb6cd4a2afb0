using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Geo.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RegionRisk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "region_risks",
                schema: "geo",
                columns: table => new
                {
                    run_id = table.Column<int>(type: "integer", nullable: false),
                    level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    cells = table.Column<int>(type: "integer", nullable: false),
                    mean_score = table.Column<double>(type: "double precision", nullable: false),
                    max_score = table.Column<double>(type: "double precision", nullable: false),
                    hot_cells = table.Column<int>(type: "integer", nullable: false),
                    mean_threat = table.Column<double>(type: "double precision", nullable: false),
                    mean_vulnerability = table.Column<double>(type: "double precision", nullable: false),
                    mean_impact = table.Column<double>(type: "double precision", nullable: false),
                    previous_run_mean_score = table.Column<double>(type: "double precision", nullable: true),
                    previous_period_mean_score = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_region_risks", x => new { x.run_id, x.level, x.code });
                    table.ForeignKey(
                        name: "FK_region_risks_risk_runs_run_id",
                        column: x => x.run_id,
                        principalSchema: "geo",
                        principalTable: "risk_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "region_risks",
                schema: "geo");
        }
    }
}
