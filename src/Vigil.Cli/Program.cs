using Vigil.Cli;

return await VigilApp.RunAsync(args, CliConsole.System());
