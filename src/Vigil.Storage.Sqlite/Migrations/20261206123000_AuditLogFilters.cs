using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <summary>
    /// The audit log page's filters without reading the whole log: who ("Actor"), what ("Action", also the drop-down's
    /// distinct actions, read one index probe each) and when ("At": the first and last entry of a date range). Each SQLite
    /// index ends with the rowid, which is the entry's sequence, so a filtered page is read newest first from the index. At a
    /// million incidents the log holds about two million entries, and every filtered view read all of them. Hand-written: no
    /// change to the EF model.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261206123000_AuditLogFilters")]
    public partial class AuditLogFilters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_audit_log_Action\" ON \"audit_log\" (\"Action\");");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_audit_log_Actor\" ON \"audit_log\" (\"Actor\");");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_audit_log_At\" ON \"audit_log\" (\"At\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_audit_log_Action\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_audit_log_Actor\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_audit_log_At\";");
        }
    }
}
