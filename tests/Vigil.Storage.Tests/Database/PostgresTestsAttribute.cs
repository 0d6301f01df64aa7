namespace Vigil.Storage.Tests.Database;

/// <summary>
/// Marks a concrete test class as the PostgreSQL variant of a shared storage suite: its
/// <see cref="StoreFactAttribute"/> tests are skipped like <see cref="PostgresFactAttribute"/> ones.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PostgresTestsAttribute : Attribute;
