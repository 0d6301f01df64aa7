using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    subject_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    payload_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    previous_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    date = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    date_end = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    date_from = table.Column<DateOnly>(type: "date", nullable: true),
                    date_to = table.Column<DateOnly>(type: "date", nullable: true),
                    place = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    admin1 = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    geo_precision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    actors = table.Column<string>(type: "text", nullable: false),
                    victims = table.Column<string>(type: "text", nullable: false),
                    killed_min = table.Column<int>(type: "integer", nullable: true),
                    killed_max = table.Column<int>(type: "integer", nullable: true),
                    killed_best = table.Column<int>(type: "integer", nullable: true),
                    injured_min = table.Column<int>(type: "integer", nullable: true),
                    injured_max = table.Column<int>(type: "integer", nullable: true),
                    injured_best = table.Column<int>(type: "integer", nullable: true),
                    arrested_min = table.Column<int>(type: "integer", nullable: true),
                    arrested_max = table.Column<int>(type: "integer", nullable: true),
                    arrested_best = table.Column<int>(type: "integer", nullable: true),
                    figures_json = table.Column<string>(type: "text", nullable: false),
                    mention_count = table.Column<int>(type: "integer", nullable: false),
                    source_count = table.Column<int>(type: "integer", nullable: false),
                    corroboration = table.Column<int>(type: "integer", nullable: false),
                    sources = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    overrides_json = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sources",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    key = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    affiliation = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    reliability = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sources", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "speakers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    variants = table.Column<string>(type: "text", nullable: false),
                    roles_json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_speakers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    password_hash = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    must_change_password = table.Column<bool>(type: "boolean", nullable: false),
                    disabled = table.Column<bool>(type: "boolean", nullable: false),
                    failed_sign_ins = table.Column<int>(type: "integer", nullable: false),
                    locked_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    security_stamp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reports",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: true),
                    file_name = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    format = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "text", nullable: true),
                    published = table.Column<DateOnly>(type: "date", nullable: true),
                    url = table.Column<string>(type: "text", nullable: true),
                    language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    body = table.Column<string>(type: "text", nullable: false),
                    word_count = table.Column<int>(type: "integer", nullable: false),
                    byte_length = table.Column<long>(type: "bigint", nullable: false),
                    ingested_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_reports_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "statements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    speaker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    date_from = table.Column<DateOnly>(type: "date", nullable: true),
                    quote = table.Column<string>(type: "text", nullable: false),
                    outlet = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    mention_count = table.Column<int>(type: "integer", nullable: false),
                    sources = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statements", x => x.id);
                    table.ForeignKey(
                        name: "fk_statements_speakers_speaker_id",
                        column: x => x.speaker_id,
                        principalTable: "speakers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "api_tokens",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    secret_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_tokens", x => x.id);
                    table.ForeignKey(
                        name: "fk_api_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evidence",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    report_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    file_name = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    media_type = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    byte_length = table.Column<long>(type: "bigint", nullable: false),
                    metadata_json = table.Column<string>(type: "text", nullable: false),
                    ingested_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evidence", x => x.id);
                    table.ForeignKey(
                        name: "fk_evidence_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mentions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    date = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    date_end = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    date_from = table.Column<DateOnly>(type: "date", nullable: true),
                    date_to = table.Column<DateOnly>(type: "date", nullable: true),
                    place = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    admin1 = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    geo_precision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    actors = table.Column<string>(type: "text", nullable: false),
                    victims = table.Column<string>(type: "text", nullable: false),
                    killed_min = table.Column<int>(type: "integer", nullable: true),
                    killed_max = table.Column<int>(type: "integer", nullable: true),
                    injured_min = table.Column<int>(type: "integer", nullable: true),
                    injured_max = table.Column<int>(type: "integer", nullable: true),
                    arrested_min = table.Column<int>(type: "integer", nullable: true),
                    arrested_max = table.Column<int>(type: "integer", nullable: true),
                    evidence_start = table.Column<int>(type: "integer", nullable: false),
                    evidence_end = table.Column<int>(type: "integer", nullable: false),
                    confidence = table.Column<double>(type: "double precision", nullable: false),
                    credibility = table.Column<int>(type: "integer", nullable: false),
                    incident_id = table.Column<Guid>(type: "uuid", nullable: true),
                    merge_reason = table.Column<string>(type: "text", nullable: true),
                    pinned = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentions", x => x.id);
                    table.ForeignKey(
                        name: "fk_mentions_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "statement_mentions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    speaker = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    speaker_role = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    date = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    outlet = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    quote = table.Column<string>(type: "text", nullable: false),
                    evidence_start = table.Column<int>(type: "integer", nullable: false),
                    evidence_end = table.Column<int>(type: "integer", nullable: false),
                    speaker_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    statement_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statement_mentions", x => x.id);
                    table.ForeignKey(
                        name: "fk_statement_mentions_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mention_blocks",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    mention_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mention_blocks", x => new { x.key, x.mention_id });
                    table.ForeignKey(
                        name: "fk_mention_blocks_mentions_mention_id",
                        column: x => x.mention_id,
                        principalTable: "mentions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_secret_hash",
                table: "api_tokens",
                column: "secret_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_user_id",
                table: "api_tokens",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_subject_type_subject_id",
                table: "audit_log",
                columns: new[] { "subject_type", "subject_id" });

            migrationBuilder.CreateIndex(
                name: "ix_evidence_report_id",
                table: "evidence",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_admin1_date_from",
                table: "incidents",
                columns: new[] { "admin1", "date_from" });

            migrationBuilder.CreateIndex(
                name: "ix_incidents_date_from",
                table: "incidents",
                column: "date_from");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_status_date_from",
                table: "incidents",
                columns: new[] { "status", "date_from" });

            migrationBuilder.CreateIndex(
                name: "ix_incidents_type_date_from",
                table: "incidents",
                columns: new[] { "type", "date_from" });

            migrationBuilder.CreateIndex(
                name: "ix_mention_blocks_mention_id",
                table: "mention_blocks",
                column: "mention_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentions_admin1",
                table: "mentions",
                column: "admin1");

            migrationBuilder.CreateIndex(
                name: "ix_mentions_incident_id",
                table: "mentions",
                column: "incident_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentions_report_id_ordinal",
                table: "mentions",
                columns: new[] { "report_id", "ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_mentions_type_date_from",
                table: "mentions",
                columns: new[] { "type", "date_from" });

            migrationBuilder.CreateIndex(
                name: "ix_reports_ingested_at",
                table: "reports",
                column: "ingested_at");

            migrationBuilder.CreateIndex(
                name: "ix_reports_published",
                table: "reports",
                column: "published");

            migrationBuilder.CreateIndex(
                name: "ix_reports_source_id",
                table: "reports",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_sources_key",
                table: "sources",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_speakers_key",
                table: "speakers",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_statement_mentions_report_id_ordinal",
                table: "statement_mentions",
                columns: new[] { "report_id", "ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_statement_mentions_speaker",
                table: "statement_mentions",
                column: "speaker");

            migrationBuilder.CreateIndex(
                name: "ix_statement_mentions_speaker_key",
                table: "statement_mentions",
                column: "speaker_key");

            migrationBuilder.CreateIndex(
                name: "ix_statement_mentions_statement_id",
                table: "statement_mentions",
                column: "statement_id");

            migrationBuilder.CreateIndex(
                name: "ix_statements_speaker_id_date_from",
                table: "statements",
                columns: new[] { "speaker_id", "date_from" });

            migrationBuilder.CreateIndex(
                name: "ix_users_name",
                table: "users",
                column: "name",
                unique: true);

            // Full-text search over reports (hand-written: keep when regenerating this migration).
            migrationBuilder.Sql(Vigil.Storage.Reports.SearchReports.PostgresCreate);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Vigil.Storage.Reports.SearchReports.PostgresDrop);

            migrationBuilder.DropTable(
                name: "api_tokens");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "evidence");

            migrationBuilder.DropTable(
                name: "incidents");

            migrationBuilder.DropTable(
                name: "mention_blocks");

            migrationBuilder.DropTable(
                name: "statement_mentions");

            migrationBuilder.DropTable(
                name: "statements");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "mentions");

            migrationBuilder.DropTable(
                name: "speakers");

            migrationBuilder.DropTable(
                name: "reports");

            migrationBuilder.DropTable(
                name: "sources");
        }
    }
}
