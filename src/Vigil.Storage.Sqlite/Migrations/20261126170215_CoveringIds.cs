using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CoveringIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_incidents_Admin1_DateFrom_DateTo_Status_Corroboration_Type",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "IX_incidents_Status_DateFrom_Corroboration",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "IX_incidents_Type_Admin1_DateFrom_DateTo_Status_Corroboration",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "IX_incidents_Type_DateFrom",
                table: "incidents");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Admin1_DateFrom_DateTo_Status_Corroboration_Type_Id",
                table: "incidents",
                columns: new[] { "Admin1", "DateFrom", "DateTo", "Status", "Corroboration", "Type", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Status_DateFrom_Corroboration_Id",
                table: "incidents",
                columns: new[] { "Status", "DateFrom", "Corroboration", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Type_Admin1_DateFrom_DateTo_Status_Corroboration_Id",
                table: "incidents",
                columns: new[] { "Type", "Admin1", "DateFrom", "DateTo", "Status", "Corroboration", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Type_DateFrom_DateTo_Status_Corroboration_Id",
                table: "incidents",
                columns: new[] { "Type", "DateFrom", "DateTo", "Status", "Corroboration", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_incidents_Admin1_DateFrom_DateTo_Status_Corroboration_Type_Id",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "IX_incidents_Status_DateFrom_Corroboration_Id",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "IX_incidents_Type_Admin1_DateFrom_DateTo_Status_Corroboration_Id",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "IX_incidents_Type_DateFrom_DateTo_Status_Corroboration_Id",
                table: "incidents");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Admin1_DateFrom_DateTo_Status_Corroboration_Type",
                table: "incidents",
                columns: new[] { "Admin1", "DateFrom", "DateTo", "Status", "Corroboration", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Status_DateFrom_Corroboration",
                table: "incidents",
                columns: new[] { "Status", "DateFrom", "Corroboration" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Type_Admin1_DateFrom_DateTo_Status_Corroboration",
                table: "incidents",
                columns: new[] { "Type", "Admin1", "DateFrom", "DateTo", "Status", "Corroboration" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Type_DateFrom",
                table: "incidents",
                columns: new[] { "Type", "DateFrom" });
        }
    }
}
