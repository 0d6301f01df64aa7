using Vigil.Cli;

var console = CliConsole.System();
var exitCode = await VigilApp.RunAsync(args, console);
await console.Output.FlushAsync();
return exitCode;
