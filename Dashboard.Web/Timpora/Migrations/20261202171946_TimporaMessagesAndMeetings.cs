using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dashboard.Web.Timpora.Migrations
{
    /// <inheritdoc />
    public partial class TimporaMessagesAndMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "meetings",
                schema: "timpora",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AreaCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Attendees = table.Column<List<string>>(type: "text[]", nullable: false),
                    Minutes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    OpenedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClientKey = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "messages",
                schema: "timpora",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AreaCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PlaceCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    Grade = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    SentBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SenderAgency = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClientKey = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AcknowledgedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Answer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AnswererAgency = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AlertId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "action_items",
                schema: "timpora",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<long>(type: "bigint", nullable: false),
                    DecisionId = table.Column<long>(type: "bigint", nullable: true),
                    AreaCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Owner = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    OwnerAgency = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DoneBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_action_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_action_items_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "timpora",
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                schema: "timpora",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<long>(type: "bigint", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_decisions_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "timpora",
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_action_items_AreaCode_DueOn",
                schema: "timpora",
                table: "action_items",
                columns: new[] { "AreaCode", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_action_items_MeetingId",
                schema: "timpora",
                table: "action_items",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_action_items_Owner",
                schema: "timpora",
                table: "action_items",
                column: "Owner");

            migrationBuilder.CreateIndex(
                name: "IX_decisions_MeetingId",
                schema: "timpora",
                table: "decisions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_AreaCode_HeldOn",
                schema: "timpora",
                table: "meetings",
                columns: new[] { "AreaCode", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_meetings_OpenedBy_ClientKey",
                schema: "timpora",
                table: "meetings",
                columns: new[] { "OpenedBy", "ClientKey" },
                unique: true,
                filter: "\"ClientKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_messages_AreaCode_SentAt",
                schema: "timpora",
                table: "messages",
                columns: new[] { "AreaCode", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_messages_SentBy_ClientKey",
                schema: "timpora",
                table: "messages",
                columns: new[] { "SentBy", "ClientKey" },
                unique: true,
                filter: "\"ClientKey\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "action_items",
                schema: "timpora");

            migrationBuilder.DropTable(
                name: "decisions",
                schema: "timpora");

            migrationBuilder.DropTable(
                name: "messages",
                schema: "timpora");

            migrationBuilder.DropTable(
                name: "meetings",
                schema: "timpora");
        }
    }
}
