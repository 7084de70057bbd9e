namespace Rectify.Search.Service.Requests;

/// <summary>
/// Why a request is refused, said of one field. <see cref="Message"/> follows the field's name (<c>must be between 1
/// and 100.</c>); where it names a second field it holds <c>{other}</c>, filled with <see cref="Other"/>'s name.
/// </summary>
public sealed record RequestError(RequestField Field, string Message, RequestField? Other = null)
{
    /// <summary>The error in a front end's words: <paramref name="name"/> gives each field's name there.</summary>
    public string Describe(Func<RequestField, string> name) =>
        $"{name(Field)} {(Other is { } other ? Message.Replace("{other}", name(other), StringComparison.Ordinal) : Message)}";
}
