namespace Rectify.Search.Cli.Tests.Support;

/// <summary>Runs <c>rectify</c> in-process and captures what it writes.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
