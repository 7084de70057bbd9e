using System.CommandLine;
using Rectify.Search.Api.Hosting;

namespace Rectify.Search.Cli.Commands;

/// <summary><c>rectify serve</c>: reads new or changed seeds, builds the index when needed, and serves the HTTP API.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://localhost:5000";

    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (; between several).", DefaultValueFactory = _ => DefaultUrls };
        var dataDir = CommonOptions.DataDirectory();
        var seeds = CommonOptions.SeedsDirectory();
        var command = new Command("serve", $"Bring the store and index up to date with the seeds, then serve the API (default {DefaultUrls}; reference page at /scalar/v1).")
        {
            urls, dataDir, seeds,
        };
        command.SetAction(r =>
        {
            var app = RectifyApi.Create(
            [
                "--urls", r.GetValue(urls)!,
                "--Rectify:DataDirectory", r.GetValue(dataDir)!,
                "--Rectify:SeedsDirectory", r.GetValue(seeds)!,
            ]);
            app.Run();
            return CliApp.Ok;
        });
        return command;
    }
}
