using System.CommandLine;

namespace Rectify.Search.Cli.Commands;

/// <summary>Options several commands share, with defaults that work from the root of a fresh clone.</summary>
internal static class CommonOptions
{
    public const string DefaultDataDirectory = "index-data";
    public const string DefaultSeedsDirectory = "seeds";
    public const string DatabaseFileName = "rectify.db";

    public static Option<string> DataDirectory() => new("--data-dir")
    {
        Description = "Directory of the store and index.",
        DefaultValueFactory = _ => DefaultDataDirectory,
    };

    public static string DatabasePath(string dataDirectory) => Path.Combine(dataDirectory, DatabaseFileName);
}
