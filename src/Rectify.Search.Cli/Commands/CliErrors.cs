using System.Text.RegularExpressions;

namespace Rectify.Search.Cli.Commands;

/// <summary>Prints the API's parameter errors as the command's own options (pageSize → --page-size) and returns exit code 2.</summary>
internal static partial class CliErrors
{
    public static int Report(CliContext context, string command, Dictionary<string, string[]> errors)
    {
        foreach (var (parameter, messages) in errors)
        {
            var option = parameter == "q" ? "query" : "--" + Kebab().Replace(parameter, "-$1").ToLowerInvariant().Replace("document-id", "document", StringComparison.Ordinal);
            foreach (var message in messages)
                context.Error.WriteLine($"rectify {command}: {option}: {message}");
        }
        return CliApp.BadArguments;
    }

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex Kebab();
}
