using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Tests.Support;

/// <summary>An expected measure: ordinal as printed, the start of its text, its units (lead units first) and its lead units.</summary>
internal sealed record M(string Ordinal, string TextStart, string[] Units, string[]? Leads = null, string? Group = null);

internal static class Expect
{
    /// <summary>Asserts every measure of <paramref name="problem"/>, in order and in number.</summary>
    public static void Measures(Problem problem, params M[] expected)
    {
        problem.Measures.Should().HaveCount(expected.Length, $"problem {problem.Label} has {expected.Length} measures");
        for (var i = 0; i < expected.Length; i++)
        {
            var actual = problem.Measures[i];
            var e = expected[i];
            actual.Position.Should().Be(i + 1);
            actual.Ordinal.Should().Be(e.Ordinal, $"measure {i + 1} of {problem.Label}");
            actual.Text.Should().StartWith(e.TextStart, $"measure {i + 1} of {problem.Label}");
            actual.ResponsibleUnits.Should().Equal(e.Units, $"units of measure {i + 1} of {problem.Label}");
            actual.LeadUnits.Should().Equal(e.Leads ?? [], $"lead units of measure {i + 1} of {problem.Label}");
            actual.Group.Should().Be(e.Group, $"group of measure {i + 1} of {problem.Label}");
        }
    }
}
