using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Statements;

/// <summary>
/// A speaker's statements in the one order the CLI and the web app show them: newest first, undated ones last
/// (on every provider: PostgreSQL would otherwise sort missing dates first, SQLite last), then by id.
/// </summary>
public static class SpeakerStatements
{
    /// <summary>The statements of speaker <paramref name="speakerId"/>, newest first, undated last.</summary>
    public static IQueryable<Statement> Of(VigilDbContext db, Guid speakerId) =>
        db.Statements.AsNoTracking()
            .Where(s => s.SpeakerId == speakerId)
            .OrderBy(s => s.DateFrom == null)
            .ThenByDescending(s => s.DateFrom)
            .ThenBy(s => s.Id);
}
