namespace Vigil.Cli.Bench;

/// <summary>One file of a <see cref="MediaSet"/>: which original it was made from and how.</summary>
internal sealed record MediaSetFile(string Path, string Original, string Transform);
