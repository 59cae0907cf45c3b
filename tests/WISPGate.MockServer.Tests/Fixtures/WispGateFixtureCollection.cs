namespace WISPGate.MockServer.Tests.Fixtures;

/// <summary>One server for the classes of a collection (<c>ICollectionFixture</c>), reset before each of their tests.</summary>
[CollectionDefinition(Name)]
public sealed class WispGateFixtureCollection : ICollectionFixture<WispGateMockServerFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "WISPGate mock server fixture";
}
