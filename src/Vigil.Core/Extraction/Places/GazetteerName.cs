namespace Vigil.Core.Extraction.Places;

/// <summary>One way of writing a gazetteer entry's name.</summary>
/// <param name="Entry">The entry named.</param>
/// <param name="UpperCaseOnly">An abbreviation ("US", "UK") that matches only when written in capitals, so "us" and "Us" are not the United States.</param>
/// <param name="IsDemonym">An adjective or demonym ("Iranian"): evidence of the country, not a place mention.</param>
internal readonly record struct GazetteerName(GazetteerEntry Entry, bool UpperCaseOnly, bool IsDemonym);
