using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Extraction.Statements;

/// <summary>A quoted or reported utterance attributed to a speaker.</summary>
/// <param name="Speaker">Who spoke: a person or an organisation ("Ali Shamkhani", "Amnesty International").</param>
/// <param name="SpeakerRole">The speaker's role or title, when given ("secretary of the Supreme National Security Council").</param>
/// <param name="Date">When it was said, when the text says or implies it.</param>
/// <param name="Outlet">Where it was said or published ("Entekhab"), when given.</param>
/// <param name="Quote">The quoted or reported words.</param>
/// <param name="Evidence">The span containing the quote or report and its attribution.</param>
public sealed record StatementMention(string Speaker, string? SpeakerRole, PartialDate? Date, string? Outlet, string Quote, TextSpan Evidence);
