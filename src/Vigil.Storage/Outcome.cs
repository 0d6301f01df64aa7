using Vigil.Core;

namespace Vigil.Storage;

/// <summary>What went wrong in an operation, as the front ends need to tell it apart.</summary>
public enum OutcomeKind
{
    /// <summary>Done.</summary>
    Ok,

    /// <summary>A value the caller gave is not acceptable; <see cref="Outcome.Field"/> names it.</summary>
    Invalid,

    /// <summary>What the operation acts on does not exist.</summary>
    NotFound,

    /// <summary>The request is well formed but clashes with the store's state (already attached, the last admin…).</summary>
    Conflict,
}

/// <summary>
/// The result of an operation that can be refused (<c>ReviewIncident</c>, <c>MergeIncidents</c>, <c>EditSource</c>…):
/// <see cref="OutcomeKind.Ok"/>, or the kind of refusal with a message fit to show the user. The web API maps it to
/// ProblemDetails in one place (400 naming the field, 404, 409) and the CLI to exit codes in one place (2, 3, 4).
/// </summary>
public readonly record struct Outcome(OutcomeKind Kind, string? Field, UserMessage Text)
{
    /// <summary>Success.</summary>
    public static Outcome Ok { get; } = new(OutcomeKind.Ok, null, string.Empty);

    /// <summary>True when the operation was done.</summary>
    public bool Succeeded => Kind == OutcomeKind.Ok;

    /// <summary>The message in English (<see cref="Text"/>; a page shows <see cref="Text"/> in the reader's language).</summary>
    public string Message => Text.ToString();

    /// <summary>Null on success, else what a page shows: the field and the message (<see cref="ToString"/>).</summary>
    public string? Problem => Succeeded ? null : ToString();

    /// <summary><paramref name="field"/> (as the caller names it: <c>status</c>, <c>date</c>, <c>credibility</c>) has a value that is not acceptable.</summary>
    public static Outcome Invalid(string field, UserMessage message) => new(OutcomeKind.Invalid, field, message);

    /// <summary>There is no <paramref name="what"/> ("incident 0190…"); the message reads "no incident 0190…".</summary>
    public static Outcome NotFound(UserMessage what) => new(OutcomeKind.NotFound, null, $"no {what}");

    /// <summary>The store's state does not allow it; <paramref name="message"/> says why.</summary>
    public static Outcome Conflict(UserMessage message) => new(OutcomeKind.Conflict, null, message);

    /// <summary>The message with the field in front ("status: 'x' is not one of …"), or empty on success.</summary>
    public override string ToString() => Field is null ? Message : $"{Field}: {Message}";
}

/// <summary>An <see cref="Outcome"/> that carries a value on success (the new incident of a split, a resolved id).</summary>
public readonly record struct Outcome<T>(T? Value, Outcome Result)
{
    /// <summary>True when the operation was done and <see cref="Value"/> is set.</summary>
    public bool Succeeded => Result.Succeeded;

    public static implicit operator Outcome<T>(Outcome refusal) => new(default, refusal);

    public static implicit operator Outcome<T>(T value) => new(value, Outcome.Ok);

    public override string ToString() => Result.ToString();
}
