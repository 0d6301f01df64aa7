using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CoveringIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_incidents_admin1_date_from_date_to_status_corroboration_type",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "ix_incidents_status_date_from_corroboration",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "ix_incidents_type_admin1_date_from_date_to_status_corroboration",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "ix_incidents_type_date_from",
                table: "incidents");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_admin1_date_from_date_to_status_corroboration_typ",
                table: "incidents",
                columns: new[] { "admin1", "date_from", "date_to", "status", "corroboration", "type", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_incidents_status_date_from_corroboration_id",
                table: "incidents",
                columns: new[] { "status", "date_from", "corroboration", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_incidents_type_admin1_date_from_date_to_status_corroboratio",
                table: "incidents",
                columns: new[] { "type", "admin1", "date_from", "date_to", "status", "corroboration", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_incidents_type_date_from_date_to_status_corroboration_id",
                table: "incidents",
                columns: new[] { "type", "date_from", "date_to", "status", "corroboration", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_incidents_admin1_date_from_date_to_status_corroboration_typ",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "ix_incidents_status_date_from_corroboration_id",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "ix_incidents_type_admin1_date_from_date_to_status_corroboratio",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "ix_incidents_type_date_from_date_to_status_corroboration_id",
                table: "incidents");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_admin1_date_from_date_to_status_corroboration_type",
                table: "incidents",
                columns: new[] { "admin1", "date_from", "date_to", "status", "corroboration", "type" });

            migrationBuilder.CreateIndex(
                name: "ix_incidents_status_date_from_corroboration",
                table: "incidents",
                columns: new[] { "status", "date_from", "corroboration" });

            migrationBuilder.CreateIndex(
                name: "ix_incidents_type_admin1_date_from_date_to_status_corroboration",
                table: "incidents",
                columns: new[] { "type", "admin1", "date_from", "date_to", "status", "corroboration" });

            migrationBuilder.CreateIndex(
                name: "ix_incidents_type_date_from",
                table: "incidents",
                columns: new[] { "type", "date_from" });
        }
    }
}
