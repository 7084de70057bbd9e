using Rectify.Search.Service.Queries;

namespace Rectify.Search.Service.Requests;

/// <summary>
/// A precedent lookup as a front end receives it, unchecked: for a stored measure or problem (<see cref="Id"/>) or for
/// drafted <see cref="Text"/>, how many, from where, and what to return.
/// </summary>
public sealed record PrecedentQuery
{
    /// <summary>Precedents returned when <see cref="K"/> is not given, and the most that may be asked for.</summary>
    public const int DefaultK = 10, MaxK = 100;

    /// <summary>The longest drafted text compared.</summary>
    public const int MaxTextLength = 10_000;

    public string? Id { get; init; }
    public string? Text { get; init; }
    public int? K { get; init; }
    public string? Scope { get; init; }
    public string? Unit { get; init; }
    /// <summary>With <see cref="Text"/> and scope other-provinces: the drafter's province, left out.</summary>
    public string? Province { get; init; }

    /// <summary>Whether <see cref="Id"/> must name a problem (true) or a measure (false); null to tell from its shape (…p2 or …p2.m1).</summary>
    public bool? IdIsProblem { get; init; }

    /// <summary>The lookup this asks for, or what stops it. Either an id or a text is needed, not both.</summary>
    public Checked<PrecedentRequest> Check()
    {
        var errors = new List<RequestError>();
        var hasText = !string.IsNullOrWhiteSpace(Text);
        if (Id is null && !hasText)
            errors.Add(new(RequestField.Text, "is required: the drafted measure or problem to find precedents for."));
        else if (Id is not null && hasText)
            errors.Add(new(RequestField.Id, "and {other} are both given; give one.", RequestField.Text));
        else if (Text is { Length: > MaxTextLength })
            errors.Add(new(RequestField.Text, $"is {Text.Length:N0} characters long; at most {MaxTextLength:N0} are compared."));
        if (K is < 1 or > MaxK)
            errors.Add(new(RequestField.Count, $"must be between 1 and {MaxK}."));
        var scope = PrecedentNames.ParseScope(Scope);
        if (scope is null)
            errors.Add(new(RequestField.Scope, $"must be other-provinces, other-documents or all, not '{Scope}'."));
        var isProblem = IdIsProblem ?? (Id is not null && Core.Model.RecordIds.TryParse(Id, out _, out _, out var measure) && measure is null);
        var unit = PrecedentNames.ParseUnit(Unit ?? (isProblem ? "problem" : null));
        if (unit is null)
            errors.Add(new(RequestField.Unit, $"must be measure, problem or target, not '{Unit}'."));
        // The drafter's province as typed: 湖南, 湖南省, 43 or the county 保靖县 all leave out 湖南省.
        string? province = null;
        if (!string.IsNullOrWhiteSpace(Province))
        {
            (province, var unknown) = RegionQueries.ProvinceOf(Province);
            if (unknown is not null)
                errors.Add(new(RequestField.Province, $"'{Province.Trim()}': {unknown}."));
        }
        if (errors.Count > 0)
            return Checked<PrecedentRequest>.Invalid(errors);
        return Checked<PrecedentRequest>.Valid(new PrecedentRequest(Id, hasText ? Text : null, K ?? DefaultK, scope!.Value, unit!.Value, province) { ForProblem = isProblem });
    }
}
