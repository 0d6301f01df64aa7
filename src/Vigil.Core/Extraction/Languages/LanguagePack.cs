using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;

namespace Vigil.Core.Extraction.Languages;

/// <summary>
/// Every word list the extraction stages read for one language — triggers, blockers, speech verbs, titles, count
/// words, the date lexicon, abbreviations, name rules — kept as data files in <c>Extraction/Data/&lt;code&gt;/</c>
/// (embedded in Vigil.Core) in one syntax (see <c>docs/pipeline/languages.md</c>). A folder is a pack when it
/// holds <c>language.txt</c>, the pack's flags. Packs load once and are shared read-only; thread-safe.
/// </summary>
public sealed class LanguagePack
{
    private const string ResourcePrefix = "Vigil.Core.Extraction.Data/";

    private static readonly Lazy<FrozenDictionary<string, string>> Resources = new(ListResources);
    private static readonly ConcurrentDictionary<string, LanguagePack> Loaded = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<Type, object> _lexicons = new();

    private LanguagePack(string code, IReadOnlyDictionary<string, string> flags)
    {
        Code = code;
        Name = flags.GetValueOrDefault("name") ?? code;
        CapitalisedNames = !string.Equals(flags.GetValueOrDefault("capitalised-names"), "no", StringComparison.OrdinalIgnoreCase);
        SolarHijriMonths = string.Equals(flags.GetValueOrDefault("solar-hijri-months"), "yes", StringComparison.OrdinalIgnoreCase);
        FoldsArabicScript = string.Equals(flags.GetValueOrDefault("fold-arabic-script"), "yes", StringComparison.OrdinalIgnoreCase);
        VerbFinal = string.Equals(flags.GetValueOrDefault("verb-final"), "yes", StringComparison.OrdinalIgnoreCase);
        FirstDayOfWeek = flags.TryGetValue("first-day", out var day) ? Enum.Parse<DayOfWeek>(day, ignoreCase: true) : DayOfWeek.Monday;
    }

    /// <summary>The English pack.</summary>
    public static LanguagePack English => Get("en");

    /// <summary>The ISO 639-1 codes of the packs Vigil.Core carries, in order.</summary>
    public static IReadOnlyList<string> Available { get; } = [.. ListResources().Keys
        .Where(k => k.EndsWith("/language.txt", StringComparison.Ordinal))
        .Select(k => k[..k.IndexOf('/', StringComparison.Ordinal)])
        .Order(StringComparer.Ordinal)];

    /// <summary>The language's ISO 639-1 code ("en").</summary>
    public string Code { get; }

    /// <summary>The language's name in English ("English").</summary>
    public string Name { get; }

    /// <summary>True when proper names start with a capital letter (English); false for scripts without case (Persian).</summary>
    public bool CapitalisedNames { get; }

    /// <summary>True when the pack's dates also read the Solar Hijri month names and Persian digits ("25 Aban 1398" in English).</summary>
    public bool SolarHijriMonths { get; }

    /// <summary>
    /// True when the stages read the report through <see cref="ArabicScriptFolding"/> (Persian): one yeh and kaf,
    /// Latin digits, ZWNJ as a space, no kashida. The pack's word lists are written in that folded form.
    /// </summary>
    public bool FoldsArabicScript { get; }

    /// <summary>
    /// True when a clause ends in its verb (Persian: «… روز سه شنبه از بازداشت ۴۵۰ نفر خبر داد»), so a speech verb may
    /// stand after the words it reports rather than before them.
    /// </summary>
    public bool VerbFinal { get; }

    /// <summary>The day weeks start on, for "last week" (Monday in English usage; Saturday in Iran).</summary>
    public DayOfWeek FirstDayOfWeek { get; }

    /// <summary>The pack for <paramref name="code"/>, or false when Vigil has no pack for that language.</summary>
    public static bool TryGet(string? code, out LanguagePack pack)
    {
        if (code is not null && Available.Contains(code))
        {
            pack = Get(code);
            return true;
        }

        pack = null!;
        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => Code;

    /// <summary>
    /// The entries of the pack's file <paramref name="file"/> ("actors.txt"). A missing file is a build error (every pack
    /// carries every file the stages read; a test loads each one), not bad input.
    /// </summary>
    internal IReadOnlyList<string[]> Entries(string file) => Read(Code, file)
        ?? throw new InvalidOperationException($"Language pack '{Code}' has no file {file}.");

    /// <summary>
    /// A word-class file ("statement-words.txt": <c>class | word word …</c>): the words of each class, looked up with
    /// <paramref name="comparer"/>. A class missing from the file is empty.
    /// </summary>
    internal WordClasses Classes(string file, StringComparer comparer) => new(Entries(file), comparer);

    /// <summary>The stage lexicon built from this pack by <paramref name="build"/>, built once per pack.</summary>
    internal T Lexicon<T>(Func<LanguagePack, T> build)
        where T : class => (T)_lexicons.GetOrAdd(typeof(T), _ => build(this));

    /// <summary>The entries of <c>Data/&lt;code&gt;/&lt;file&gt;</c>, or null when the file is missing.</summary>
    internal static List<string[]>? Read(string code, string file)
    {
        if (!Resources.Value.TryGetValue(code + "/" + file, out var resource))
        {
            return null;
        }

        using var stream = typeof(LanguagePack).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return LexiconFile.Parse(reader);
    }

    private static LanguagePack Get(string code) => Loaded.GetOrAdd(code, c =>
    {
        var flags = (Read(c, "language.txt") ?? throw new InvalidOperationException($"No language pack '{c}'."))
            .Where(f => f.Length >= 2)
            .ToDictionary(f => f[0], f => f[1], StringComparer.OrdinalIgnoreCase);
        return new LanguagePack(c, flags);
    });

    // Resource names keep the folder separator of the machine that built the assembly: normalise them to "en/dates.txt".
    private static FrozenDictionary<string, string> ListResources() => typeof(LanguagePack).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .ToFrozenDictionary(n => n[ResourcePrefix.Length..].Replace('\\', '/'), n => n, StringComparer.Ordinal);
}
