using Rectify.Search.Analysis.Dictionaries;

namespace Rectify.Search.Analysis.Tests.Dictionaries;

public sealed class AnalysisDataTests
{
    [Fact]
    public void TheDomainDictionaryHoldsAtLeast300TermsOnTopOfTheGeneralOne()
    {
        var domain = File.ReadAllLines(Path.Combine(RepoFiles.Root, "src", "Rectify.Search.Analysis", "Data", "domain", "rectify.dict.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        domain.Should().HaveCountGreaterThanOrEqualTo(300).And.OnlyHaveUniqueItems();
        domain.Should().Contain(["两高", "能耗双控", "雨污分流", "错接混接", "测土配方施肥", "统防统治", "绿色防控", "绿色矿山", "尾矿库", "矿涌水", "河长制",
            "三线一单", "双随机一公开", "党政同责", "一岗双责", "六个百分百", "散煤清零", "双清零", "黑臭水体", "入河排污口", "渗滤液", "镉大米", "涉铊",
            "边开采边治理", "退城入园", "清洁取暖"]);
        foreach (var term in domain)
            AnalysisData.Default.Segmenter.Dictionary.Contains(term).Should().BeTrue($"'{term}' is loaded");
    }

    [Fact]
    public void TheDataIsVersionedAndLoadedOnce()
    {
        AnalysisData.Version.Should().Be("dict-1.thesaurus-3");
        AnalysisData.Default.Should().BeSameAs(AnalysisData.Default);
        AnalysisData.Default.LoadTime.Should().BePositive();
    }

    [Fact]
    public void StopWordsKeepNumbersAndLatinLetters()
    {
        AnalysisData.Default.StopWords.Should().Contain(["的", "了"]).And.NotContain(["6", "a"]);
    }

    [Fact]
    public void AMalformedFrequencyIsAnErrorNamingTheLine()
    {
        var act = () => new WordDictionary().Load(["污水 12", "管网 many"], 1, "custom.dict");
        act.Should().Throw<FormatException>().WithMessage("custom.dict:2: frequency 'many' is not a whole number");
    }
}
