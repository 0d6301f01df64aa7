using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PersonListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_persons_Status_Publishable",
                table: "persons");

            migrationBuilder.CreateTable(
                name: "person_search_terms",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_search_terms", x => new { x.PersonId, x.Term });
                    table.ForeignKey(
                        name: "FK_person_search_terms_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_persons_DateTo_Id",
                table: "persons",
                columns: new[] { "DateTo", "Id" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "IX_persons_Id",
                table: "persons",
                column: "Id",
                filter: "\"OverridesJson\" <> '{}'");

            migrationBuilder.CreateIndex(
                name: "IX_persons_Status_DateTo_Id",
                table: "persons",
                columns: new[] { "Status", "DateTo", "Id" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_persons_Status_Publishable_DateTo_Id",
                table: "persons",
                columns: new[] { "Status", "Publishable", "DateTo", "Id" },
                descending: new[] { false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_person_search_terms_Term_PersonId",
                table: "person_search_terms",
                columns: new[] { "Term", "PersonId" });

            // The province filter compares lower("Admin1") (any case typed in the API or CLI): an expression index (in the
            // list's order), which the model cannot describe, so it is created here.
            migrationBuilder.Sql("CREATE INDEX \"IX_persons_Admin1_Lower\" ON \"persons\" (lower(\"Admin1\"), \"DateTo\" DESC, \"Id\");");

            // The search terms of the persons already stored: their SearchText split at spaces.
            migrationBuilder.Sql("""
                WITH RECURSIVE split(person, rest, term) AS (
                    SELECT "Id", "SearchText" || ' ', NULL FROM "persons"
                    UNION ALL
                    SELECT person, substr(rest, instr(rest, ' ') + 1), substr(rest, 1, instr(rest, ' ') - 1) FROM split WHERE rest <> ''
                )
                INSERT OR IGNORE INTO "person_search_terms" ("PersonId", "Term")
                SELECT person, substr(term, 1, 256) FROM split WHERE term IS NOT NULL AND term <> '';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_persons_Admin1_Lower\";");

            migrationBuilder.DropTable(
                name: "person_search_terms");

            migrationBuilder.DropIndex(
                name: "IX_persons_DateTo_Id",
                table: "persons");

            migrationBuilder.DropIndex(
                name: "IX_persons_Id",
                table: "persons");

            migrationBuilder.DropIndex(
                name: "IX_persons_Status_DateTo_Id",
                table: "persons");

            migrationBuilder.DropIndex(
                name: "IX_persons_Status_Publishable_DateTo_Id",
                table: "persons");

            migrationBuilder.CreateIndex(
                name: "IX_persons_Status_Publishable",
                table: "persons",
                columns: new[] { "Status", "Publishable" });
        }
    }
}
