namespace Rectify.Search.Core.Model;

/// <summary>How a target's value binds: written as the symbols <c>&gt;=</c>, <c>&lt;=</c>, <c>=</c>, <c>&gt;</c>, <c>&lt;</c> (<see cref="Comparators"/>).</summary>
public enum Comparator
{
    /// <summary>达到, 以上: ≥.</summary>
    AtLeast,
    /// <summary>控制在, 以内, 不超过: ≤.</summary>
    AtMost,
    /// <summary>Exactly.</summary>
    Equal,
    /// <summary>超过, 高于: &gt;.</summary>
    MoreThan,
    /// <summary>低于, 不足: &lt;.</summary>
    LessThan,
}
