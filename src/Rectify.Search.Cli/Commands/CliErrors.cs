using Rectify.Search.Service.Requests;

namespace Rectify.Search.Cli.Commands;

/// <summary>Prints a request's errors under the command's own names (the query argument, --page-size) and returns exit code 2.</summary>
internal static class CliErrors
{
    /// <param name="rename">A command's own name for a field where it differs from <see cref="OptionName"/> (compare's --q).</param>
    public static int Report(CliContext context, string command, IEnumerable<RequestError> errors, Func<RequestField, string?>? rename = null)
    {
        foreach (var error in errors)
            context.Error.WriteLine($"rectify {command}: {error.Describe(f => rename?.Invoke(f) ?? OptionName(f))}");
        return CliApp.BadArguments;
    }

    /// <summary>The option (or argument) that gives a request field: PageSize → --page-size, Query → query.</summary>
    public static string OptionName(RequestField field) => field switch
    {
        RequestField.Query => "query",
        RequestField.Id => "id",
        RequestField.Count => "--k",
        _ => "--" + string.Concat(field.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())),
    };
}
