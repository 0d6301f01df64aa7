using Vigil.Storage;

namespace Vigil.Cli;

/// <summary>The exit codes every command uses, documented in the README so scripts can tell failures apart.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>Something failed while working (a file could not be read, the store refused a write).</summary>
    public const int Failed = 1;

    /// <summary>An argument or option value is not acceptable (the message names it).</summary>
    public const int Invalid = 2;

    /// <summary>What the command acts on does not exist (an incident, mention, source, user).</summary>
    public const int NotFound = 3;

    /// <summary>The store's state does not allow it (already attached, the last admin).</summary>
    public const int Conflict = 4;

    /// <summary>The exit code of an operation's outcome.</summary>
    public static int Of(Outcome outcome) => outcome.Kind switch
    {
        OutcomeKind.Ok => Ok,
        OutcomeKind.Invalid => Invalid,
        OutcomeKind.NotFound => NotFound,
        OutcomeKind.Conflict => Conflict,
        _ => Failed,
    };
}
