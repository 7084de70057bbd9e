namespace Rectify.Search.Core.Reporting;

/// <summary>What a judged query expects: problems by document prefix and label, or measures by a snippet of their text.</summary>
public enum JudgedUnit
{
    Problem,
    Measure,
}
