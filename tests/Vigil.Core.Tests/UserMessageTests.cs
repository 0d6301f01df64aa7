using System.Text.Json;
using Vigil.Core.Reports;

namespace Vigil.Core.Tests;

public sealed class UserMessageTests
{
    [Fact]
    public void An_interpolated_string_keeps_its_English_template_and_its_arguments_apart()
    {
        var grade = 7;
        UserMessage message = $"{grade} is not a grade 1–6";

        Assert.Equal("{0} is not a grade 1–6", message.Template);
        Assert.Equal(7, Assert.Single(message.Arguments));
        Assert.Equal("7 is not a grade 1–6", message.ToString());
    }

    [Fact]
    public void Braces_typed_by_a_user_are_arguments_and_never_break_the_template()
    {
        var typed = "{0} {oops}";
        UserMessage message = $"'{typed}' is not an incident type {{literal}}";
        UserMessage plain = "a {plain} string";

        Assert.Equal("'{0}' is not an incident type {{literal}}", message.Template);
        Assert.Equal("'{0} {oops}' is not an incident type {literal}", message.ToString());
        Assert.Equal("a {plain} string", plain.ToString());
        Assert.Empty(plain.Arguments);
    }

    [Fact]
    public void A_format_in_a_hole_stays_in_the_template_and_applies_invariantly()
    {
        var message = ReportLimits.TooLarge(3 * 1048576 + 524288, 2 * 1048576);

        Assert.Equal("too large: {0:0.0} MB, the limit for one report is {1:0.#} MB", message.Template);
        Assert.Equal("too large: 3.5 MB, the limit for one report is 2 MB", message.ToString());
    }

    [Fact]
    public void A_translation_is_filled_with_the_same_arguments_and_a_nested_message_is_translated_in_turn()
    {
        UserMessage what = $"incident {"0190abcd"}";
        UserMessage message = $"no {what}";
        string Translate(UserMessage m) => m.Template switch
        {
            "no {0}" => m.Format("{0} پیدا نشد", (value, _) => value is UserMessage nested ? Translate(nested) : value?.ToString() ?? string.Empty),
            "incident {0}" => m.Format("رویداد {0}", null),
            _ => m.ToString(),
        };

        Assert.Equal("no incident 0190abcd", message.ToString());
        Assert.Equal("رویداد 0190abcd پیدا نشد", Translate(message));
    }

    [Fact]
    public void A_counted_noun_is_a_template_per_number()
    {
        Assert.Equal("{0} incidents", Plural.Counted(3, "incident").Template);
        Assert.Equal("{0} incident", Plural.Counted(1, "incident").Template);
        Assert.Equal("3 named persons", Plural.Counted(3, "named person").ToString());
    }

    [Fact]
    public void In_JSON_a_message_is_its_English_text()
    {
        var figure = "12x";
        UserMessage message = $"'{figure}' is not a figure (N, N-M or N+)";

        Assert.Equal("{\"message\":\"\\u002712x\\u0027 is not a figure (N, N-M or N\\u002B)\"}", JsonSerializer.Serialize(new { message }));
        Assert.Equal(message, JsonSerializer.Deserialize<UserMessage>("\"'12x' is not a figure (N, N-M or N+)\""));
    }
}
