using Xunit.Abstractions;
using Xunit.Sdk;

namespace Vigil.Storage.Tests.Database;

/// <summary>A shared storage test in one provider's class; skipped in the PostgreSQL class when no server is configured outside CI.</summary>
public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute) =>
        base.GetSkipReason(factAttribute)
        ?? (TestMethod.TestClass.Class.GetCustomAttributes(typeof(PostgresTestsAttribute)).Any() ? PostgresServer.SkipReason : null);
}
