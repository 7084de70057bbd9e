namespace Rectify.Search.Service.Requests;

/// <summary>A request read from a front end's input: the value when it holds, else the errors that stop it (never both).</summary>
public sealed record Checked<T>(T? Value, IReadOnlyList<RequestError> Errors) where T : class
{
    public static Checked<T> Valid(T value) => new(value, []);

    public static Checked<T> Invalid(IReadOnlyList<RequestError> errors) => new(null, errors);
}
