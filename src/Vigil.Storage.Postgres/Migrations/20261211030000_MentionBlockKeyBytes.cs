using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <summary>
    /// The block key is compared as bytes (<c>COLLATE "C"</c>), so the primary key (key, mention_id) answers the clustering
    /// lookup's country-wide byte range itself, and <c>ix_mention_blocks_key_c</c> (migration <c>MentionBlockKeyRange</c>), a
    /// second index over the same keys kept only for that range, goes: every block row a round writes fed three indexes, now
    /// two (docs/scaling.md, session 23). A key is ASCII ("Demonstration|2019-11|IR/FARS"): equality is the same under any
    /// collation, and the keys are already written in byte order. Hand-written, outside the EF model: SQLite's keys compare as
    /// bytes already and it has no "C" collation to name. The type change rebuilds the primary key's index; the rows stay.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261211030000_MentionBlockKeyBytes")]
    public partial class MentionBlockKeyBytes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS ix_mention_blocks_key_c;
                ALTER TABLE mention_blocks ALTER COLUMN key TYPE character varying(128) COLLATE "C";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE mention_blocks ALTER COLUMN key TYPE character varying(128) COLLATE "default";
                CREATE INDEX IF NOT EXISTS ix_mention_blocks_key_c ON mention_blocks (key COLLATE "C");
                """);
        }
    }
}
