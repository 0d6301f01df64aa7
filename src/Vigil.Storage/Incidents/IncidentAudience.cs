namespace Vigil.Storage.Incidents;

/// <summary>Who an incident is read for, which decides what <see cref="ReadIncident"/> returns.</summary>
public enum IncidentAudience
{
    /// <summary>The operator at the command line: any status; file names in mentions and in the figures' credits.</summary>
    Operator,

    /// <summary>An editor on the web: any status; file names in mentions, none in the figures (a credit is "unattributed").</summary>
    Editor,

    /// <summary>Any other reader (viewers, contributors, the public view): confirmed incidents only, no file names.</summary>
    Reader,
}
