using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
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
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    PayloadHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_log", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    DateEnd = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    DateFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DateTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Admin1 = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    GeoPrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Actors = table.Column<string>(type: "TEXT", nullable: false),
                    Victims = table.Column<string>(type: "TEXT", nullable: false),
                    KilledMin = table.Column<int>(type: "INTEGER", nullable: true),
                    KilledMax = table.Column<int>(type: "INTEGER", nullable: true),
                    KilledBest = table.Column<int>(type: "INTEGER", nullable: true),
                    InjuredMin = table.Column<int>(type: "INTEGER", nullable: true),
                    InjuredMax = table.Column<int>(type: "INTEGER", nullable: true),
                    InjuredBest = table.Column<int>(type: "INTEGER", nullable: true),
                    ArrestedMin = table.Column<int>(type: "INTEGER", nullable: true),
                    ArrestedMax = table.Column<int>(type: "INTEGER", nullable: true),
                    ArrestedBest = table.Column<int>(type: "INTEGER", nullable: true),
                    FiguresJson = table.Column<string>(type: "TEXT", nullable: false),
                    MentionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Corroboration = table.Column<int>(type: "INTEGER", nullable: false),
                    Sources = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OverridesJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Affiliation = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Reliability = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "speakers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Variants = table.Column<string>(type: "TEXT", nullable: false),
                    RolesJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_speakers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    MustChangePassword = table.Column<bool>(type: "INTEGER", nullable: false),
                    Disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    FailedSignIns = table.Column<int>(type: "INTEGER", nullable: false),
                    LockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reports",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    Published = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    WordCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ByteLength = table.Column<long>(type: "INTEGER", nullable: false),
                    IngestedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reports_sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "statements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpeakerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    DateFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Quote = table.Column<string>(type: "TEXT", nullable: false),
                    Outlet = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    MentionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Sources = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_statements_speakers_SpeakerId",
                        column: x => x.SpeakerId,
                        principalTable: "speakers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "api_tokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_tokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_api_tokens_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evidence",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReportId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ByteLength = table.Column<long>(type: "INTEGER", nullable: false),
                    MetadataJson = table.Column<string>(type: "TEXT", nullable: false),
                    IngestedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evidence_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mentions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    DateEnd = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    DateFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DateTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Admin1 = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    GeoPrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Actors = table.Column<string>(type: "TEXT", nullable: false),
                    Victims = table.Column<string>(type: "TEXT", nullable: false),
                    KilledMin = table.Column<int>(type: "INTEGER", nullable: true),
                    KilledMax = table.Column<int>(type: "INTEGER", nullable: true),
                    InjuredMin = table.Column<int>(type: "INTEGER", nullable: true),
                    InjuredMax = table.Column<int>(type: "INTEGER", nullable: true),
                    ArrestedMin = table.Column<int>(type: "INTEGER", nullable: true),
                    ArrestedMax = table.Column<int>(type: "INTEGER", nullable: true),
                    EvidenceStart = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    Confidence = table.Column<double>(type: "REAL", nullable: false),
                    Credibility = table.Column<int>(type: "INTEGER", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MergeReason = table.Column<string>(type: "TEXT", nullable: true),
                    Pinned = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mentions_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "statement_mentions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Speaker = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SpeakerRole = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Outlet = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Quote = table.Column<string>(type: "TEXT", nullable: false),
                    EvidenceStart = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    SpeakerKey = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    StatementId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statement_mentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_statement_mentions_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mention_blocks",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    MentionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mention_blocks", x => new { x.Key, x.MentionId });
                    table.ForeignKey(
                        name: "FK_mention_blocks_mentions_MentionId",
                        column: x => x.MentionId,
                        principalTable: "mentions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_api_tokens_SecretHash",
                table: "api_tokens",
                column: "SecretHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_api_tokens_UserId",
                table: "api_tokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_SubjectType_SubjectId",
                table: "audit_log",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_evidence_ReportId",
                table: "evidence",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Admin1_DateFrom",
                table: "incidents",
                columns: new[] { "Admin1", "DateFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_DateFrom",
                table: "incidents",
                column: "DateFrom");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Status_DateFrom",
                table: "incidents",
                columns: new[] { "Status", "DateFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Type_DateFrom",
                table: "incidents",
                columns: new[] { "Type", "DateFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_mention_blocks_MentionId",
                table: "mention_blocks",
                column: "MentionId");

            migrationBuilder.CreateIndex(
                name: "IX_mentions_Admin1",
                table: "mentions",
                column: "Admin1");

            migrationBuilder.CreateIndex(
                name: "IX_mentions_IncidentId",
                table: "mentions",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_mentions_ReportId_Ordinal",
                table: "mentions",
                columns: new[] { "ReportId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mentions_Type_DateFrom",
                table: "mentions",
                columns: new[] { "Type", "DateFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_reports_IngestedAt",
                table: "reports",
                column: "IngestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_reports_Published",
                table: "reports",
                column: "Published");

            migrationBuilder.CreateIndex(
                name: "IX_reports_SourceId",
                table: "reports",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_sources_Key",
                table: "sources",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_speakers_Key",
                table: "speakers",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_statement_mentions_ReportId_Ordinal",
                table: "statement_mentions",
                columns: new[] { "ReportId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_statement_mentions_Speaker",
                table: "statement_mentions",
                column: "Speaker");

            migrationBuilder.CreateIndex(
                name: "IX_statement_mentions_SpeakerKey",
                table: "statement_mentions",
                column: "SpeakerKey");

            migrationBuilder.CreateIndex(
                name: "IX_statement_mentions_StatementId",
                table: "statement_mentions",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_statements_SpeakerId_DateFrom",
                table: "statements",
                columns: new[] { "SpeakerId", "DateFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_users_Name",
                table: "users",
                column: "Name",
                unique: true);

            // Full-text search over reports (hand-written: keep when regenerating this migration).
            migrationBuilder.Sql(Vigil.Storage.Reports.SearchReports.SqliteCreate);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Vigil.Storage.Reports.SearchReports.SqliteDrop);

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
