using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;
using Vigil.Storage.Mentions;
using CoreStatement = Vigil.Core.Extraction.Statements.StatementMention;

namespace Vigil.Storage.Tests.Mentions;

public sealed class MentionRowsTests
{
    [Fact]
    public void A_statement_is_stored_with_the_day_its_text_gives_and_without_the_publication_day_standing_in_for_none()
    {
        var day = PartialDate.OfDay(new DateOnly(2021, 3, 4));
        var rows = MentionRows.Of("r1",
        [
            new CoreStatement("Amnesty International", null, day, null, "41 people were arrested", new TextSpan(0, 40)) { DateSource = DateSource.Text },
            new CoreStatement("Amnesty International", null, day, null, "41 people were arrested", new TextSpan(50, 90)) { DateSource = DateSource.Publication },
            new CoreStatement("Amnesty International", null, null, null, "41 people were arrested", new TextSpan(100, 140)),
        ]);
        Assert.Equal(["2021-03-04", null, null], rows.Select(r => r.Date));
    }
}
