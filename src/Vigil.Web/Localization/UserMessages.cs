using System.Globalization;
using Microsoft.Extensions.Localization;
using Vigil.Core;
using Vigil.Storage;

namespace Vigil.Web.Localization;

/// <summary>
/// Messages from Storage and Core (<see cref="UserMessage"/>: a refusal, a file's problem, an ingest note) in the reader's
/// language: the English template is looked up in <c>Strings.fa.resx</c> like any page string, and the arguments are
/// put in afterwards (a nested message translated in turn, a number in Persian digits). A template without a
/// translation reads in English, as before.
/// </summary>
public static class UserMessages
{
    /// <summary><paramref name="message"/> in the reader's language; empty for null.</summary>
    public static string Say(this IStringLocalizer<Strings> L, UserMessage? message)
    {
        if (message is null)
        {
            return string.Empty;
        }

        var found = L[message.Template];
        var persian = UserCulture.Language == "fa";
        string Argument(object? value, string? format) => value switch
        {
            UserMessage nested => L.Say(nested),
            int or long or short or double or float or decimal => Digits(((IFormattable)value).ToString(format, CultureInfo.InvariantCulture), persian),
            IFormattable formattable => formattable.ToString(format, CultureInfo.InvariantCulture),
            _ => value?.ToString() ?? string.Empty,
        };

        if (!found.ResourceNotFound)
        {
            try
            {
                return message.Format(found.Value, Argument);
            }
            catch (FormatException)
            {
                // A translation whose holes do not match its template (TranslationTests guards against it): the English.
            }
        }

        return message.Format(message.Template, Argument);
    }

    /// <summary>
    /// What a page shows for a refused <paramref name="outcome"/>: the field (its label where the interface has one, as
    /// <c>field next</c> → «گذرواژهٔ تازه») and the message, in the reader's language; null on success.
    /// </summary>
    public static string? Problem(this IStringLocalizer<Strings> L, Outcome outcome)
    {
        if (outcome.Succeeded)
        {
            return null;
        }

        if (outcome.Field is not { } field)
        {
            return L.Say(outcome.Text);
        }

        var label = L["field " + field];
        return (label.ResourceNotFound ? field : label.Value) + ": " + L.Say(outcome.Text);
    }

    private static string Digits(string text, bool persian) =>
        persian ? string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)('۰' + (c - '0')) : c)) : text;
}
