using Xunit.Sdk;

namespace Vigil.Storage.Tests.Database;

/// <summary>
/// A test of the shared storage suite, written once in an abstract class and run by each provider's
/// concrete subclass. An attribute on the base method cannot know which subclass it runs in, so its
/// discoverer looks at the concrete class: in one marked <see cref="PostgresTestsAttribute"/> the
/// test is skipped exactly when a <see cref="PostgresFactAttribute"/> test would be.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Vigil.Storage.Tests.Database.StoreFactDiscoverer", "Vigil.Storage.Tests")]
public sealed class StoreFactAttribute : FactAttribute;
