using Rectify.Search.Core.Enrichment.Targets;

namespace Rectify.Search.Core.Tests.Enrichment;

/// <summary>The units of Data/targets/units.txt: one name for every spelling, and which units count or measure.</summary>
public sealed class UnitVocabularyTests
{
    private static readonly UnitVocabulary Units = UnitVocabulary.Default;

    [Theory]
    [InlineData("m³/d", "立方米/日")]
    [InlineData("万吨/天", "万吨/日")]
    [InlineData("mg/l", "毫克/升")]
    [InlineData("μg/m3", "微克/立方米")]
    [InlineData("千米", "公里")]
    [InlineData("公斤/亩", "公斤/亩")]
    [InlineData("万户", "万户")]
    [InlineData("%", "%")]
    public void EverySpellingOfAUnitHasOneName(string written, string name) => Units.Canonical(written).Should().Be(name);

    [Fact]
    public void CountersCountAndMeasuresMeasureWhateverTheirScaleAndRate()
    {
        new[] { "座", "万户", "个" }.Should().OnlyContain(u => Units.IsCounter(u));
        new[] { "万亩", "吨/日", "立方米", "公里", "蒸吨" }.Should().OnlyContain(u => Units.IsMeasure(u) && !Units.IsCounter(u));
        new[] { "%", "毫克/升", "吨标准煤", "天", "个/年" }.Should().OnlyContain(u => !Units.IsMeasure(u) && !Units.IsCounter(u));
    }

    [Fact]
    public void ALineThatCannotBeReadIsNamed()
    {
        var act = () => UnitVocabulary.Parse(["# version: 1", "unit\t%", "units\t亩"], "units.txt");
        act.Should().Throw<FormatException>().WithMessage("units.txt line 3: unknown kind 'units'*");

        var unknown = () => UnitVocabulary.Parse(["# version: 1", "unit\t亩", "measure\t公顷"], "units.txt");
        unknown.Should().Throw<FormatException>().WithMessage("units.txt: measure '公顷' is not a unit");
    }
}
