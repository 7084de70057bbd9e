using Rectify.Search.Api.Hosting;

RectifyApi.Create(args).Run();

/// <summary>The entry point, named for the functional tests' WebApplicationFactory.</summary>
public partial class Program;
