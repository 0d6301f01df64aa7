using Vigil.Extract;

using var output = Console.OpenStandardOutput();
return ExtractCommand.Run(args, output, Console.Error);
