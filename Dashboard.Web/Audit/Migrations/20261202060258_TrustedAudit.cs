using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Web.Audit.Migrations
{
    /// <inheritdoc />
    public partial class TrustedAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "client_address",
                schema: "audit",
                table: "access_events",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "hash",
                schema: "audit",
                table: "access_events",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "office",
                schema: "audit",
                table: "access_events",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "outcome",
                schema: "audit",
                table: "access_events",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "allowed");

            migrationBuilder.AddColumn<string>(
                name: "previous_hash",
                schema: "audit",
                table: "access_events",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "rows",
                schema: "audit",
                table: "access_events",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_access_events_action_at",
                schema: "audit",
                table: "access_events",
                columns: new[] { "action", "at" });

            // Append-only for everyone, the owner included: a row may change only to receive its first hash (the
            // sealing of lines written before the chain). Disabling this takes DDL, and the chain then shows it.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
                       AND (NEW.id, NEW.at, NEW.user_name, NEW.agency, NEW.office, NEW.client_address, NEW.action, NEW.resource, NEW.rows, NEW.outcome)
                           IS NOT DISTINCT FROM
                           (OLD.id, OLD.at, OLD.user_name, OLD.agency, OLD.office, OLD.client_address, OLD.action, OLD.resource, OLD.rows, OLD.outcome) THEN
                        RETURN NEW;
                    END IF;
                    RAISE EXCEPTION 'audit.access_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
                END $$;
                CREATE TRIGGER access_events_append_only BEFORE UPDATE OR DELETE ON audit.access_events
                    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
                CREATE TRIGGER access_events_no_truncate BEFORE TRUNCATE ON audit.access_events
                    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
                """);

            // The writer role: SELECT and INSERT, nothing else. Roles belong to the whole server, so another database
            // (or a parallel migration) may have created it already. A superuser may act as it without membership.
            migrationBuilder.Sql($"""
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{AuditConnection.WriterRole}') THEN
                        BEGIN
                            CREATE ROLE {AuditConnection.WriterRole} NOLOGIN;
                        EXCEPTION
                            WHEN duplicate_object OR unique_violation THEN NULL;
                            WHEN insufficient_privilege THEN
                                RAISE EXCEPTION 'The audit writer role {AuditConnection.WriterRole} does not exist and % may not create it. As a superuser: CREATE ROLE {AuditConnection.WriterRole} NOLOGIN; GRANT {AuditConnection.WriterRole} TO %;', current_user, current_user;
                        END;
                    END IF;
                    IF NOT pg_has_role(current_user, '{AuditConnection.WriterRole}', 'MEMBER') THEN
                        EXECUTE format('GRANT {AuditConnection.WriterRole} TO %I', current_user);
                    END IF;
                END $$;
                GRANT USAGE ON SCHEMA audit TO {AuditConnection.WriterRole};
                REVOKE ALL ON audit.access_events FROM {AuditConnection.WriterRole};
                GRANT SELECT, INSERT ON audit.access_events TO {AuditConnection.WriterRole};
                GRANT USAGE ON SEQUENCE audit.access_events_id_seq TO {AuditConnection.WriterRole};
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                REVOKE ALL ON audit.access_events FROM {AuditConnection.WriterRole};
                REVOKE ALL ON SEQUENCE audit.access_events_id_seq FROM {AuditConnection.WriterRole};
                REVOKE USAGE ON SCHEMA audit FROM {AuditConnection.WriterRole};
                DROP TRIGGER access_events_no_truncate ON audit.access_events;
                DROP TRIGGER access_events_append_only ON audit.access_events;
                DROP FUNCTION audit.refuse_change();
                """);
            migrationBuilder.DropIndex(
                name: "IX_access_events_action_at",
                schema: "audit",
                table: "access_events");

            migrationBuilder.DropColumn(
                name: "client_address",
                schema: "audit",
                table: "access_events");

            migrationBuilder.DropColumn(
                name: "hash",
                schema: "audit",
                table: "access_events");

            migrationBuilder.DropColumn(
                name: "office",
                schema: "audit",
                table: "access_events");

            migrationBuilder.DropColumn(
                name: "outcome",
                schema: "audit",
                table: "access_events");

            migrationBuilder.DropColumn(
                name: "previous_hash",
                schema: "audit",
                table: "access_events");

            migrationBuilder.DropColumn(
                name: "rows",
                schema: "audit",
                table: "access_events");
        }
    }
}
