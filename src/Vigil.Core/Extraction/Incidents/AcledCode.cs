namespace Vigil.Core.Extraction.Incidents;

/// <summary>An ACLED event type and sub-event type, as named in the ACLED codebook.</summary>
/// <param name="EventType">"Protests", "Riots", "Violence against civilians", "Strategic developments" …</param>
/// <param name="SubEventType">"Peaceful protest", "Violent demonstration", "Attack", "Arrests" …</param>
public sealed record AcledCode(string EventType, string SubEventType);
