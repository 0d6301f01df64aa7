namespace Vigil.Cli.Bench;

/// <summary>The files of a generated evaluation set; files with the same <see cref="MediaSetFile.Original"/> show the same picture or footage.</summary>
internal sealed record MediaSet(IReadOnlyList<MediaSetFile> Files);
