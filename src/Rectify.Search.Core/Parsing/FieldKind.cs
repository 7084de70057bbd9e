namespace Rectify.Search.Core.Parsing;

/// <summary>The labelled fields a problem can carry.</summary>
internal enum FieldKind
{
    Target,
    Deadline,
    LeadUnits,
    SupportUnits,
    ResponsibleUnits,
    Leaders,
    Persons,
    Measures,
}
