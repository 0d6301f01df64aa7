namespace Vigil.Storage.Extractions;

/// <summary>
/// One field the pipeline found in a report's body: <see cref="Kind"/> is date, place, figure or actor. <see cref="Value"/>
/// is the date (ISO, partial), the place's name, the figure's kind (killed, injured, arrested) or the actor's name;
/// <see cref="Detail"/> the end of a date range or the place's province; <see cref="Min"/>/<see cref="Max"/> a figure's range.
/// </summary>
public sealed record FieldSpan(string Kind, int Start, int End, string Value, string? Detail = null, int? Min = null, int? Max = null);
