namespace Vigil.Core.Extraction.Dates;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known.</summary>
    Year = 1,

    /// <summary>Year and month are known.</summary>
    Month = 2,

    /// <summary>The exact day is known.</summary>
    Day = 3,
}
