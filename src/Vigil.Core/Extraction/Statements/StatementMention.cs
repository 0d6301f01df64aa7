using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Extraction.Statements;

/// <summary>A quoted or reported utterance attributed to a speaker.</summary>
/// <param name="Speaker">Who spoke: a person or an organisation ("Ali Shamkhani", "Amnesty International").</param>
/// <param name="SpeakerRole">The speaker's role or title, when given ("secretary of the Supreme National Security Council").</param>
/// <param name="Date">
/// When it was said: the day the text says or implies, or the report's publication day for a remark the text does not date
/// (the annotation guideline's convention; <see cref="DateSource"/> says which).
/// </param>
/// <param name="Outlet">Where it was said or published ("Entekhab"), when given.</param>
/// <param name="Quote">The quoted or reported words.</param>
/// <param name="Evidence">The span containing the quote or report and its attribution.</param>
public sealed record StatementMention(string Speaker, string? SpeakerRole, PartialDate? Date, string? Outlet, string Quote, TextSpan Evidence)
{
    private readonly DateSource _dateSource;

    /// <summary>
    /// Where <see cref="Date"/> came from: the text, or the publication date standing in when the text gives none
    /// (<see cref="DateSource.None"/> whenever <see cref="Date"/> is null). Default <see cref="DateSource.Text"/>.
    /// </summary>
    public DateSource DateSource
    {
        get => Date is null ? DateSource.None : _dateSource;
        init => _dateSource = value;
    }
}
