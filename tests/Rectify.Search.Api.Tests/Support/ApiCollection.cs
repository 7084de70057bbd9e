namespace Rectify.Search.Api.Tests.Support;

/// <summary>The API test classes share one started server (building the seed index once).</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiServer>
{
    public const string Name = "api";
}
