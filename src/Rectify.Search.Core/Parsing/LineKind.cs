namespace Rectify.Search.Core.Parsing;

/// <summary>What a logical line is, structurally.</summary>
internal enum LineKind
{
    Plain,
    Heading,
    Field,
    /// <summary>A bracketed unit clause on its own line: 〔责任单位：…〕.</summary>
    UnitBracket,
}
