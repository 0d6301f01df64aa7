using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <summary>
    /// A partial index over the incidents an editor changed, so lists can find them cheaply (see EditedIncident).
    /// Written by hand: EF Core's model cannot express a partial index in provider-neutral SQL, and the model
    /// itself does not change (no designer file or snapshot change).
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261126170000_EditedIndex")]
    public partial class EditedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(EditedIncident.SqliteCreate);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(EditedIncident.SqliteDrop);
    }
}
