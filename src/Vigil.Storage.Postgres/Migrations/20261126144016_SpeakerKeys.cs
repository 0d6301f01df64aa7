using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SpeakerKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "speaker_key",
                table: "statement_mentions",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_statement_mentions_speaker_key",
                table: "statement_mentions",
                column: "speaker_key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_statement_mentions_speaker_key",
                table: "statement_mentions");

            migrationBuilder.DropColumn(
                name: "speaker_key",
                table: "statement_mentions");
        }
    }
}
