namespace Vigil.Core.Extraction.Dates;

/// <summary>A unit of relative time ("two days ago", "last week").</summary>
internal enum DateUnit
{
    Day = 1,
    Week,
    Month,
    Year,
}
