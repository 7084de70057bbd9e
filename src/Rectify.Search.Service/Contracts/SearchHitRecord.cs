using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>
/// A search result. With unit=problem: the problem, its best-matching measures and the problem's highlights. With
/// unit=measure: the measure, its problem and the measure's highlights.
/// </summary>
public sealed record SearchHitRecord(
    float Score, DocumentRecord Document, ProblemRecord Problem,
    [property: Description("unit=measure only")] MeasureRecord? Measure,
    [property: Description("The best-matching sentences, HTML-escaped, matches in <em>")] IReadOnlyList<string> Highlights,
    [property: Description("unit=problem only: the problem's best-matching measures")] IReadOnlyList<MeasureMatch>? Measures);
