using Rectify.Search.Core.Reporting;
using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Reporting;

public sealed class MissingFieldsTests
{
    [Fact]
    public void XingguoProblemOneLacksTheLeadUnitTheOtherProblemsHave()
    {
        MissingFields.Find(Seeds.Plan(Seeds.Xingguo)).Should().Equal(new MissingField("一", 82, "牵头单位"));
    }

    [Fact]
    public void AFieldThePlanNeverUsesIsNotReported()
    {
        MissingFields.Find(Seeds.Plan(Seeds.Jincheng)).Should().BeEmpty();
    }

    [Fact]
    public void ProblemsThatDoNotApplyOrWereCutOffAreNotReportedForAbsentFields()
    {
        MissingFields.Find(Seeds.Plan(Seeds.Jiangxi)).Select(m => m.ProblemLabel).Should().NotContain("九");
        MissingFields.Find(Seeds.Plan(Seeds.Suixian)).Select(m => m.ProblemLabel).Should().NotContain("七");
    }
}
