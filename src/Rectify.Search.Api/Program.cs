using Rectify.Search.Api.Hosting;
using Rectify.Search.Storage;

try
{
    RectifyApi.Create(args).Run();
}
catch (StoreOpenException e)
{
    // A data directory holding someone else's file: said plainly, the file left as it is, no stack trace.
    Console.Error.WriteLine($"Rectify.Search.Api: {e.Message}");
    return 1;
}
return 0;

/// <summary>The entry point, named for the functional tests' WebApplicationFactory.</summary>
public partial class Program;
