namespace Vigil.Core.Extraction.Dates;

/// <summary>One entry of the date lexicon.</summary>
/// <param name="Role">What the word does.</param>
/// <param name="Value">Month number, <see cref="DayOfWeek"/>, number or <see cref="DateUnit"/>, by role; 0 otherwise.</param>
/// <param name="Ambiguous">True when the word is a month only next to a day, a year or a cue ("May").</param>
/// <param name="Calendar">The calendar a month name belongs to; null for the stage's default calendar.</param>
internal readonly record struct DateWord(DateWordRole Role, int Value, bool Ambiguous, IDateCalendar? Calendar);
