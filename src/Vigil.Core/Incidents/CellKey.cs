namespace Vigil.Core.Incidents;

/// <summary>The finest lookup: family × region × city × day, for mentions with a city and a single day.</summary>
internal readonly record struct CellKey(IncidentFamily Family, string Region, string City, int Day);
