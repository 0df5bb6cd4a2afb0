using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dashboard.Geo.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TravelNetwork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "travel_ways",
                schema: "geo",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    path = table.Column<LineString>(type: "geometry(LineString,4326)", nullable: false),
                    is_synthetic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_travel_ways", x => x.id);
                    table.CheckConstraint("ck_travel_ways_path_valid", "ST_IsValid(path)");
                });

            migrationBuilder.CreateIndex(
                name: "IX_travel_ways_path",
                schema: "geo",
                table: "travel_ways",
                column: "path")
                .Annotation("Npgsql:IndexMethod", "gist");

            // pgRouting finds shortest paths over the network; a server without it (a plain PostGIS image) still
            // works, and the patrol planner then measures straight lines.
            migrationBuilder.Sql("""
                DO $$ BEGIN
                    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pgrouting') THEN
                        CREATE EXTENSION IF NOT EXISTS pgrouting;
                    END IF;
                END $$;
                """);

            // The routable graphs, one per patrol mode (1 land, 2 sea), derived from travel_ways and rat_routes by
            // TravelNetworkBuilder after every load: lines split where they cross, with source and target vertex ids
            // as pgRouting wants them. A river belongs to both graphs.
            migrationBuilder.Sql("""
                CREATE TABLE geo.travel_edges (
                    id bigint PRIMARY KEY,
                    source bigint NOT NULL,
                    target bigint NOT NULL,
                    metres double precision NOT NULL CHECK (metres >= 0),
                    mode integer NOT NULL,
                    geom geometry(LineString, 4326) NOT NULL);
                CREATE INDEX ix_travel_edges_land ON geo.travel_edges USING gist (geom) WHERE mode = 1;
                CREATE INDEX ix_travel_edges_sea ON geo.travel_edges USING gist (geom) WHERE mode = 2;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE geo.travel_edges;");
            migrationBuilder.DropTable(
                name: "travel_ways",
                schema: "geo");
        }
    }
}
