using System.CommandLine;
using Rectify.Search.Service.Ingestion;
using Rectify.Search.Service.Knowledge;

namespace Rectify.Search.Cli.Commands;

/// <summary>Options several commands share, with defaults that work from the root of a fresh clone.</summary>
internal static class CommonOptions
{
    public const string DefaultDataDirectory = "index-data";
    public const string DefaultSeedsDirectory = "seeds";

    public static Option<string> DataDirectory() => new("--data-dir")
    {
        Description = "Directory of the store and index.",
        DefaultValueFactory = _ => DefaultDataDirectory,
    };

    public static Option<string> SeedsDirectory() => new("--seeds")
    {
        Description = "Plans read into the store first when new or changed; \"\" for none.",
        DefaultValueFactory = _ => DefaultSeedsDirectory,
    };

    /// <summary>
    /// The knowledge base over <paramref name="dataDirectory"/>, brought up to date with <paramref name="seeds"/>;
    /// what that changed, and any plan that could not be read, is told on the error writer (stdout stays the answer).
    /// </summary>
    public static KnowledgeBase OpenKnowledgeBase(CliContext context, string dataDirectory, string seeds)
    {
        var kb = new KnowledgeBase(new KnowledgeBaseOptions { DataDirectory = dataDirectory, SeedsDirectory = seeds });
        try
        {
            var report = kb.Prepare();
            foreach (var failed in report.Ingested?.Files.Where(f => f.Outcome == FileOutcome.Failed) ?? [])
                context.Error.WriteLine($"rectify: {failed.Path} not read: {failed.Error}");
            if (report.Built is { } built)
                context.Error.WriteLine(built.Incremental
                    ? $"index updated: {built.Plans} plans written, {built.Removed} removed, {built.Documents} documents in {built.Elapsed.TotalSeconds:F2} s"
                    : $"index built: {built.Plans} plans, {built.Documents} documents in {built.Elapsed.TotalSeconds:F2} s");
            if (report.BuildError is { } error)
                context.Error.WriteLine($"rectify: index build failed, answering from the previous index: {error}");
            return kb;
        }
        catch
        {
            kb.Dispose();
            throw;
        }
    }
}
