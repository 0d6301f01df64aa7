using Vigil.Storage.Reports;

namespace Vigil.Storage.Tests.Reports;

/// <summary>
/// The reports' words made in the client (<see cref="ReportWords"/>) without a server: the lexemes and positions of the
/// shapes it accepts, and the shapes it leaves to the server. PostgresReportWordsTests compares them with the server's.
/// </summary>
public sealed class ReportWordsTests
{
    [Fact]
    public void Words_are_lowercased_and_each_token_takes_the_next_position()
    {
        Assert.Equal("'in':3 'marched':2 'students':1,5 'tabriz':4", Text(ReportWords.Lexemes("Students marched in Tabriz; students.")));
    }

    [Fact]
    public void A_hyphenated_word_is_the_whole_word_then_each_part()
    {
        Assert.Equal("'anti':2 'anti-war':1 'gathered':4 'war':3", Text(ReportWords.Lexemes("Anti-war gathered")));
        Assert.Equal("'1st':5 'a':4 'a-1st-b':3 'b':6 'sign':1 'the':2", Text(ReportWords.Lexemes("Sign the a-1st-b")));
    }

    [Fact]
    public void Digits_after_a_hyphen_are_signed_except_after_a_hyphenated_word()
    {
        Assert.Equal("'-19':2 'flu':1", Text(ReportWords.Lexemes("flu-19")));
        Assert.Equal("'5':4 'x':2 'x-y':1 'y':3", Text(ReportWords.Lexemes("x-y-5")));
        Assert.Equal("'-3':2 '2.5':1 '4.25':3 'km':4", Text(ReportWords.Lexemes("2.5-3 4.25km")));
    }

    [Fact]
    public void A_colon_and_an_ampersand_before_a_space_are_separators()
    {
        Assert.Equal("'10':2 '30':3 'at':1 'crowd':6 'sons':5 'the':4", Text(ReportWords.Lexemes("at 10:30: the Sons & crowd")));
    }

    [Fact]
    public void An_Arabic_vowel_mark_after_a_letter_stays_in_its_word()
    {
        Assert.Equal("'بِسم':1 'دانش':2", Text(ReportWords.Lexemes("بِسم دانش")));
    }

    [Fact]
    public void Persian_letters_and_separators_make_words()
    {
        Assert.Equal("'12':2 'بازداشت':3 'دانشجو':1 'شدند':4", Text(ReportWords.Lexemes("«دانشجو» 12، بازداشت شدند؟")));
    }

    [Theory]
    [InlineData("either/or")]
    [InlineData("Smith &amp; Sons")]
    [InlineData("R&D")]
    [InlineData("mail a@b.org")]
    [InlineData("see https://example.org/x")]
    [InlineData("the U.S. said")]
    [InlineData("version 1.2.3")]
    [InlineData("5e3 people")]
    [InlineData("<b>bold</b>")]
    [InlineData("snake_case")]
    [InlineData("+5 points")]
    [InlineData("a word..")]
    [InlineData("\u0650بسم")]
    [InlineData("سم-\u0650ب")]
    [InlineData("Ελλάδα")]
    [InlineData("tab\fform")]
    public void Refuses_what_the_server_may_make_otherwise(string text)
    {
        Assert.Null(ReportWords.VectorOf(text));
    }

    [Fact]
    public void Positions_stop_at_16383_and_a_lexeme_keeps_255()
    {
        var text = string.Join(' ', Enumerable.Range(0, 17_000).Select(i => i % 2 == 0 ? "same" : "w" + i));
        var lexemes = ReportWords.Lexemes(text)!;
        var same = lexemes.Single(l => l.Lexeme == "same").Positions;
        Assert.Equal(255, same.Count);
        Assert.Equal(509, same[^1]);
        Assert.Equal([16_383], lexemes.Single(l => l.Lexeme == "w16999").Positions);
        Assert.Equal([16_382], lexemes.Single(l => l.Lexeme == "w16381").Positions);
        Assert.Equal([16_383], lexemes.Single(l => l.Lexeme == "w16383").Positions);
    }

    [Fact]
    public void A_token_of_2047_bytes_or_more_is_skipped_without_a_position()
    {
        var lexemes = ReportWords.Lexemes("a " + new string('b', 2_047) + " " + new string('c', 2_046) + " d")!;
        Assert.Equal(["a", new string('c', 2_046), "d"], lexemes.Select(l => l.Lexeme));
        Assert.Equal([3], lexemes.Single(l => l.Lexeme == "d").Positions);
    }

    [Fact]
    public void The_binary_form_is_the_lexeme_count_then_each_lexeme_and_its_positions()
    {
        Assert.Equal(
            [0, 0, 0, 2, (byte)'a', 0, 0, 2, 0, 1, 0, 3, (byte)'b', 0, 0, 1, 0, 2],
            ReportWords.VectorOf("A b a"));
    }

    [Fact]
    public void A_long_line_is_read_in_one_pass()
    {
        var hyphens = string.Join('-', Enumerable.Repeat("ab", 500_000));
        Assert.NotNull(ReportWords.VectorOf(hyphens));
        Assert.Null(ReportWords.VectorOf(new string('.', 5_000_000)));
        Assert.NotNull(ReportWords.Vector("Title", new string('x', 300_000)));
    }

    private static string Text(IReadOnlyList<(string Lexeme, IReadOnlyList<int> Positions)>? lexemes) =>
        lexemes is null ? "(refused)" : string.Join(' ', lexemes.Select(l => $"'{l.Lexeme}':{string.Join(',', l.Positions)}"));
}
