using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Statements;
using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Statements;

/// <summary>The order of a speaker's statements, the same in the CLI and the web app and on every provider.</summary>
public abstract class SpeakerStatementsTests : StoreTest
{
    [StoreFact]
    public async Task Statements_are_listed_newest_first_with_undated_ones_last()
    {
        var speaker = new Speaker { Id = Guid.CreateVersion7(), Key = "ali khamenei", Name = "Ali Khamenei" };
        await using (var db = OpenDb())
        {
            db.Speakers.Add(speaker);
            db.Statements.AddRange(
                new Statement { Id = Guid.CreateVersion7(), SpeakerId = speaker.Id, Quote = "older", Date = "2022-01-05", DateFrom = new DateOnly(2022, 1, 5) },
                new Statement { Id = Guid.CreateVersion7(), SpeakerId = speaker.Id, Quote = "undated" },
                new Statement { Id = Guid.CreateVersion7(), SpeakerId = speaker.Id, Quote = "newest", Date = "2023-03-01", DateFrom = new DateOnly(2023, 3, 1) });
            await db.SaveChangesAsync();
        }

        await using var read = OpenDb();
        Assert.Equal(["newest", "older", "undated"], await SpeakerStatements.Of(read, speaker.Id).Select(s => s.Quote).ToListAsync());
    }
}
