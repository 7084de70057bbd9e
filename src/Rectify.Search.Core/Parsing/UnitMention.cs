namespace Rectify.Search.Core.Parsing;

/// <summary>One unit named in a unit list, with what the list said about it.</summary>
/// <param name="Name">The unit as printed, without lead markers: 县住建局（县人防办）.</param>
/// <param name="IsLead">Marked （牵头） or （牵头负责第N条）.</param>
/// <param name="LeadsMeasures">Measure numbers it leads (省环保厅(牵头负责第1、3条) → 1, 3).</param>
/// <param name="Note">Any other parenthetical note, e.g. 分别负责牵头辖区内整改工作.</param>
internal sealed record UnitMention(string Name, bool IsLead, IReadOnlyList<int> LeadsMeasures, string? Note);
