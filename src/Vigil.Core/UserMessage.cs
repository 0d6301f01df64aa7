using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Serialization;

namespace Vigil.Core;

/// <summary>
/// A message shown to a user (a refusal, a file's problem), kept as its English <see cref="Template"/> and its
/// <see cref="Arguments"/> so that a front end can show it in the reader's language: the template is the key of the
/// translation ("'{0}' is not a grade 1–6"), the arguments are put in afterwards. <see cref="ToString"/> is the English.
/// <para>
/// Written as an interpolated string wherever a <see cref="UserMessage"/> is expected
/// (<c>Outcome.Invalid("credibility", $"{credibility} is not a grade 1–6")</c>): the compiler hands the literal parts
/// and the holes over separately, so no call site builds English text. A plain string converts too, as a template with
/// no arguments. An argument may itself be a <see cref="UserMessage"/> ("no {0}" with "incident {0}"), translated in turn.
/// </para>
/// </summary>
[InterpolatedStringHandler]
[JsonConverter(typeof(UserMessageJsonConverter))]
public sealed class UserMessage : IEquatable<UserMessage>
{
    private readonly StringBuilder? _template;
    private readonly List<object?>? _arguments;
    private string? _built;

    /// <summary>Used by the compiler for an interpolated string.</summary>
    public UserMessage(int literalLength, int formattedCount)
    {
        _template = new StringBuilder(literalLength + (formattedCount * 4));
        _arguments = new List<object?>(formattedCount);
    }

    private UserMessage(string template)
    {
        _built = template;
    }

    /// <summary>The English text with holes <c>{0}</c>, <c>{1:0.0}</c>… (literal braces doubled): the translation's key.</summary>
    public string Template => _built ??= _template!.ToString();

    /// <summary>The values of the holes, in order.</summary>
    public IReadOnlyList<object?> Arguments => _arguments ?? (IReadOnlyList<object?>)[];

    /// <summary>A message with no holes: <paramref name="text"/> as it is (its braces are kept literally).</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static implicit operator UserMessage?(string? text) => text is null ? null : new(text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));

    /// <summary>Used by the compiler: a literal part of the interpolated string.</summary>
    public void AppendLiteral(string value) =>
        _template!.Append(value.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));

    /// <summary>Used by the compiler: a hole.</summary>
    public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    /// <summary>Used by the compiler: a hole with a format (<c>{bytes:0.0}</c>).</summary>
    public void AppendFormatted<T>(T value, string? format)
    {
        _template!.Append('{').Append(_arguments!.Count.ToString(CultureInfo.InvariantCulture));
        if (format is not null)
        {
            _template.Append(':').Append(format);
        }

        _template.Append('}');
        _arguments.Add(value);
    }

    /// <summary>The message in English.</summary>
    public override string ToString() => Format(Template, null);

    /// <summary>
    /// <paramref name="template"/> (this message's <see cref="Template"/>, or its translation) with the arguments put in:
    /// each through <paramref name="argument"/> when given (a nested message, a number in the reader's digits), else
    /// as invariant text.
    /// </summary>
    public string Format(string template, Func<object?, string?, string>? argument)
    {
        if (_arguments is not { Count: > 0 })
        {
            return string.Format(CultureInfo.InvariantCulture, template);
        }

        return string.Format(new Holes(argument), template, [.. _arguments]);
    }

    /// <inheritdoc />
    public bool Equals(UserMessage? other) => other is not null && ToString() == other.ToString();

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UserMessage);

    /// <inheritdoc />
    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

    // Formats each hole: through the caller's function, else invariant (nested messages in English).
    private sealed class Holes(Func<object?, string?, string>? argument) : IFormatProvider, ICustomFormatter
    {
        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

        public string Format(string? format, object? arg, IFormatProvider? formatProvider) =>
            argument is not null ? argument(arg, format)
            : arg is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture)
            : arg?.ToString() ?? string.Empty;
    }
}
