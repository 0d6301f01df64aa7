namespace Vigil.Core.Extraction.Dates;

/// <summary>What a word of the date lexicon does in a date expression (the role column of Lexicon/*.txt).</summary>
internal enum DateWordRole : byte
{
    None = 0,
    Month,
    Weekday,
    Number,
    Unit,
    Today,
    Yesterday,

    /// <summary>The day before yesterday ("پریروز").</summary>
    BeforeYesterday,
    Tomorrow,
    Tonight,
    Night,
    Ago,
    Last,
    Next,
    This,
    Earlier,
    Early,
    Mid,
    Late,
    In,
    On,
    From,
    Between,
    Since,
    During,
    The,
    Of,
    To,
    And,
    Or,
    Cue,
    Future,
    Season,

    /// <summary>A part of the day that only "this" dates ("this morning", "this afternoon"); "last morning" is no day.</summary>
    DayPart,
}
