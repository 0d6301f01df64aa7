using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <summary>
    /// The children's list (a source gives an age under 18, the pages' age band) walks a partial covering index of the
    /// unedited children in the list's order (latest fate first, then id), instead of the whole list's index: about one
    /// person in eleven is a child, so a page and its count ("more than 500") passed over some 7,000 index entries to find
    /// 500 children, and over 20,000 for killed children. PersonFilter writes the band as the constant this index names
    /// ("AgeMin" &lt;= 17), which SQLite needs to use a partial index. Every column the list filters by is in it, so SQLite
    /// reads no row. Hand-written: no change to the EF model.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261205171000_PersonListChildren")]
    public partial class PersonListChildren : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_persons_List_Children\" ON \"persons\" (\"DateTo\" DESC, \"Id\", \"Status\", \"Publishable\", \"OverridesJson\", \"Fates\", \"AgeMin\", \"AgeMax\", \"Gender\", \"Admin1\", \"DateFrom\") WHERE \"OverridesJson\" = '{}' AND \"AgeMin\" <= 17;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_persons_List_Children\";");
        }
    }
}
