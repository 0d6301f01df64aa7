using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <summary>
    /// The clustering lookup asks, for each country-wide block key ("…|IR"), every block below it ("…|IR/FARS" …): a prefix.
    /// It was a LIKE with a parameter, which the primary key's index cannot answer unless the database's collation is C,
    /// so each such key read every block row (2.5–7 ms a key at 23,662 rows for 2,000 reports, growing with the store). It
    /// is now a byte range under COLLATE "C", which this index answers. Hand-written: no change to the EF model; SQLite
    /// needs nothing (its keys compare as bytes, and the range uses its key index).
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261205200100_MentionBlockKeyRange")]
    public partial class MentionBlockKeyRange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS ix_mention_blocks_key_c ON mention_blocks (key COLLATE \"C\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_mention_blocks_key_c;");
        }
    }
}
