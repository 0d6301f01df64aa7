using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Vigil.Cli.Store;
using Vigil.Storage.Users;

namespace Vigil.Cli.Users;

/// <summary><c>vigil users add|list|reset</c>: web app accounts. Passwords are generated, shown once and must be changed at the first sign-in.</summary>
internal static class UsersCommand
{
    public static Command Create(CliConsole console)
    {
        var users = new Command("users", "Manage the web app's accounts");
        users.Subcommands.Add(Add(console));
        users.Subcommands.Add(List(console));
        users.Subcommands.Add(Reset(console));
        return users;
    }

    private static Command Add(CliConsole console)
    {
        var name = new Argument<string>("name") { Description = "Account name (lower-case letters, digits, '.', '_', '-')" };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", UserRole.All)}", Required = true };
        role.AcceptOnlyFromAmong([.. UserRole.All]);
        var command = new Command("add", "Create an account; prints its one-time password") { name, role };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var result = await new AddUser(store.Db, TimeProvider.System).RunAsync(parse.GetValue(name)!, parse.GetValue(role)!, GlobalOptions.ActorOf(parse, console), cancellationToken);
            if (!result.Succeeded)
            {
                console.Fail(result.Error!.ToString());
                return 1;
            }

            console.Output.WriteLine($"created {result.User!.Name} ({result.User.Role}); one-time password: {result.OneTimePassword}");
            console.Output.WriteLine("it must be changed at the first sign-in");
            return 0;
        });
        return command;
    }

    private static Command List(CliConsole console)
    {
        var command = new Command("list", "List the accounts (no passwords)");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var table = new Table().AddColumns("name", "role", "status", "created");
            foreach (var u in await store.Db.Users.AsNoTracking().OrderBy(u => u.Name).ToListAsync(cancellationToken))
            {
                var status = u.Disabled ? "disabled" : u.MustChangePassword ? "one-time password" : "active";
                table.AddRow(Markup.Escape(u.Name), u.Role, status, u.CreatedAt.ToString("yyyy-MM-dd"));
            }

            console.Ansi.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Reset(CliConsole console)
    {
        var name = new Argument<string>("name") { Description = "Account name" };
        var command = new Command("reset", "Give an account a new one-time password (and unlock it)") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var wanted = parse.GetValue(name)!.Trim().ToLowerInvariant();
            var user = await store.Db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Name == wanted, cancellationToken);
            if (user is null)
            {
                return console.Fail(Vigil.Storage.Outcome.NotFound($"user named '{wanted}'"));
            }

            var password = await new EditUser(store.Db, TimeProvider.System).ResetPasswordAsync(user.Id, GlobalOptions.ActorOf(parse, console), cancellationToken);
            if (!password.Succeeded)
            {
                return console.Fail(password.Result);
            }

            console.Output.WriteLine($"{user.Name}: new one-time password: {password.Value}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
