using Rectify.Search.Service.Drafting;

namespace Rectify.Search.Service.Tests.Drafting;

public sealed class DraftEvaluationTests
{
    [Theory]
    [InlineData("开展城区排水管网普查，建立错接混接问题清单。", "全面排查城区污水管网错接混接问题，建立问题清单。", true)]
    [InlineData("加强畜禽养殖废弃物资源化利用。", "推进畜禽养殖废弃物资源化利用，规模养殖场粪污处理设施装备配套率达到100%。", true)]
    [InlineData("加强组织领导，压实工作责任。", "全面排查城区污水管网错接混接问题，建立问题清单。", false)]
    public void AMeasureCoversAnotherWhenTheyShareEnoughOfTheirContentWords(string real, string drafted, bool covers) =>
        DraftEvaluation.Covers(DraftEvaluation.Words(real), DraftEvaluation.Words(drafted)).Should().Be(covers);
}
