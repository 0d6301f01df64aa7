namespace Vigil.Core.Statements;

/// <summary>Who held a role when, so "the Supreme Leader" resolves to a person at the date of a statement.</summary>
/// <param name="Role">The role as written in reports ("Supreme Leader", "President").</param>
/// <param name="Person">The holder's full name ("Ali Khamenei").</param>
/// <param name="From">First day in the role; null when it began before anything we record.</param>
/// <param name="To">Last day in the role; null while still held.</param>
public sealed record RoleTenure(string Role, string Person, DateOnly? From = null, DateOnly? To = null);
