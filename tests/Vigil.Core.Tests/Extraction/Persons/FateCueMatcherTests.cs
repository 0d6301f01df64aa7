using System.Text.RegularExpressions;
using Vigil.Core.Extraction.Persons;

namespace Vigil.Core.Tests.Extraction.Persons;

/// <summary>The fate-phrase matcher finds what the regular expression it replaced found, with no regular expression.</summary>
public class FateCueMatcherTests
{
    private static readonly string[] Phrases = ["shot", "shot dead", "shot and killed", "died", "died in custody", "arrest", "arrested", "death sentence", "کشته شد", "بازداشت"];

    private static readonly FateCueMatcher Matcher = new(Phrases);

    private static List<string> Matches(string text)
    {
        var found = new List<string>();
        for (var at = 0; Matcher.Next(text, at, out var index, out var length); at = index + length)
        {
            found.Add(text.Substring(index, length));
        }

        return found;
    }

    // The pattern PersonFateLexicon built before the matcher: longest phrase first, a space as \s+, whole words.
    private static Regex OldPattern() => new(
        @"(?<![\p{L}\p{N}\-])(?:" + string.Join('|', Phrases.OrderByDescending(k => k.Length).Select(k => Regex.Escape(k).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + @")(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [Fact]
    public void Prefers_the_longest_phrase_at_a_start() =>
        Assert.Equal(["shot dead", "died in custody"], Matches("He was shot dead; she died in custody."));

    [Fact]
    public void Falls_back_to_a_shorter_phrase_when_the_longer_runs_into_a_word() =>
        Assert.Equal(["shot"], Matches("He was shot deadly."));

    [Fact]
    public void A_space_in_a_phrase_matches_any_run_of_white_space() =>
        Assert.Equal(["shot \n\t dead", "کشته\u00a0شد"], Matches("shot \n\t dead, کشته\u00a0شد"));

    [Fact]
    public void Matches_whole_words_only_and_not_after_a_hyphen() =>
        Assert.Empty(Matches("reshot, shots, pre-arrest, arrest2, 2arrest, arrestⅫ"));

    [Fact]
    public void Ignores_case() =>
        Assert.Equal(["SHOT AND KILLED", "Arrested"], Matches("SHOT AND KILLED. Arrested."));

    // The regular expression matched "\u212Aill" (Kelvin sign) for "kill", and the phrase's look-up then threw: the whole
    // extract run stopped with an internal error.
    [Fact]
    public void A_Kelvin_sign_is_not_a_k_so_a_report_holding_one_extracts()
    {
        Assert.False(new FateCueMatcher(["killed"]).IsMatch("was \u212Ailled"));
        var result = Vigil.Core.Extraction.ExtractionPipeline.CreateDefault().Run("Ali Rezaei was \u212Ailled in Tehran on May 3, 2023.", null, "en");
        Assert.Empty(result.PersonFates);
    }

    // Letters are folded by char.ToUpperInvariant, as the phrases' dictionary compares: an ASCII first letter is read from the
    // root's table, one outside ASCII as before (é with É; the dotless ı is no i, as the Kelvin sign is no k).
    [Fact]
    public void A_phrase_matches_its_letters_in_either_case_inside_and_outside_ascii()
    {
        var matcher = new FateCueMatcher(["in custody", "executed", "élève tué"]);
        Assert.True(matcher.IsMatch("died In Custody"));
        Assert.True(matcher.IsMatch("EXECUTED at dawn"));
        Assert.True(matcher.IsMatch("un ÉLÈVE TUÉ hier"));
        Assert.False(matcher.IsMatch("died \u0131n custody"));
        Assert.False(matcher.IsMatch("died on custody"));
        Assert.False(matcher.IsMatch("xexecuted"));
    }

    [Fact]
    public void Finds_the_same_phrases_as_the_regular_expression_on_random_text()
    {
        var pieces = new[] { "shot", "dead", "and", "killed", "died", "in", "custody", "arrest", "ed", "death", "sentence", "کشته", "شد", "بازداشت", " ", "  ", "\n", "-", ",", "x", "2", "é", "SHOT", "Died" };
        var pattern = OldPattern();
        var random = new Random(9);
        for (var n = 0; n < 2000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(pattern.Matches(text).Select(m => m.Value), Matches(text));
            Assert.Equal(pattern.IsMatch(text), Matcher.IsMatch(text));
        }
    }
}
