using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Tests.Extraction.Dates;

public sealed class DateLexiconTests
{
    [Theory]
    [InlineData("November", "Month", 11)]
    [InlineData("nov", "Month", 11)]
    [InlineData("Thursday", "Weekday", (int)DayOfWeek.Thursday)]
    [InlineData("two", "Number", 2)]
    [InlineData("year", "Unit", 4)]
    [InlineData("Yesterday", "Yesterday", 0)]
    [InlineData("until", "To", 0)]
    public void Looks_up_english_words_ignoring_case(string word, string role, int value)
    {
        Assert.True(DateLexicon.English.TryLookup(word, out var entry));
        Assert.Equal(role, entry.Role.ToString());
        Assert.Equal(value, entry.Value);
    }

    [Fact]
    public void Marks_words_that_are_months_only_in_context()
    {
        Assert.True(DateLexicon.English.TryLookup("May", out var may));
        Assert.True(may.Ambiguous);
        Assert.True(DateLexicon.English.TryLookup("November", out var november));
        Assert.False(november.Ambiguous);
    }

    [Fact]
    public void Persian_lexicon_adds_solar_hijri_months_and_digits()
    {
        var lexicon = DateLexicon.English.With(DateLexicon.Persian);

        Assert.True(lexicon.TryLookup("آبان", out var aban));
        Assert.Equal(8, aban.Value);
        Assert.Same(SolarHijriDateCalendar.Instance, aban.Calendar);
        Assert.Equal(7, lexicon.DigitValue('۷'));
        Assert.True(lexicon.TryLookup("yesterday", out _));

        // The English pack's flag solar-hijri-months borrows them already; the Persian grammar words stay out.
        Assert.Equal(7, DateLexicon.English.DigitValue('۷'));
        Assert.True(DateLexicon.English.TryLookup("Aban", out _));
        Assert.False(DateLexicon.Persian.TryLookup("دیروز", out _));
    }

    [Fact]
    public void Rejects_unknown_roles()
    {
        Assert.Throws<FormatException>(() => DateLexicon.Parse([["fortnight", "-", "fortnight"]], DayOfWeek.Monday, capitalizedNames: true));
    }
}
