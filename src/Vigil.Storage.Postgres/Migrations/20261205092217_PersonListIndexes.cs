using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PersonListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_persons_status_publishable",
                table: "persons");

            migrationBuilder.CreateTable(
                name: "person_search_terms",
                columns: table => new
                {
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_search_terms", x => new { x.person_id, x.term });
                    table.ForeignKey(
                        name: "fk_person_search_terms_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_persons_date_to_id",
                table: "persons",
                columns: new[] { "date_to", "id" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "ix_persons_id",
                table: "persons",
                column: "id",
                filter: "overrides_json <> '{}'");

            migrationBuilder.CreateIndex(
                name: "ix_persons_status_date_to_id",
                table: "persons",
                columns: new[] { "status", "date_to", "id" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "ix_persons_status_publishable_date_to_id",
                table: "persons",
                columns: new[] { "status", "publishable", "date_to", "id" },
                descending: new[] { false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "ix_person_search_terms_term_person_id",
                table: "person_search_terms",
                columns: new[] { "term", "person_id" });

            // The province filter compares lower(admin1) (any case typed in the API or CLI): an expression index (in the
            // list's order), which the model cannot describe, so it is created here.
            migrationBuilder.Sql("CREATE INDEX ix_persons_admin1_lower ON persons (lower(admin1), date_to DESC, id);");

            // The search terms of the persons already stored: their search_text split at spaces.
            migrationBuilder.Sql("""
                INSERT INTO person_search_terms (person_id, term)
                SELECT DISTINCT p.id, left(t.term, 256) FROM persons p, regexp_split_to_table(p.search_text, ' ') AS t(term) WHERE t.term <> ''
                ON CONFLICT DO NOTHING;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_persons_admin1_lower;");

            migrationBuilder.DropTable(
                name: "person_search_terms");

            migrationBuilder.DropIndex(
                name: "ix_persons_date_to_id",
                table: "persons");

            migrationBuilder.DropIndex(
                name: "ix_persons_id",
                table: "persons");

            migrationBuilder.DropIndex(
                name: "ix_persons_status_date_to_id",
                table: "persons");

            migrationBuilder.DropIndex(
                name: "ix_persons_status_publishable_date_to_id",
                table: "persons");

            migrationBuilder.CreateIndex(
                name: "ix_persons_status_publishable",
                table: "persons",
                columns: new[] { "status", "publishable" });
        }
    }
}
