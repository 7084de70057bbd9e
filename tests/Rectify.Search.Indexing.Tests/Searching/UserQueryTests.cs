using Rectify.Search.Indexing.Searching;

namespace Rectify.Search.Indexing.Tests.Searching;

public sealed class UserQueryTests
{
    [Fact]
    public void ReadsWordsPhrasesAndExclusions()
    {
        UserQuery.Parse("污水管网 \"雨污分流改造\" -农村 -\"黑臭水体\"").Should().Equal(
            new QueryPart("污水管网", false, false), new QueryPart("雨污分流改造", true, false),
            new QueryPart("农村", false, true), new QueryPart("黑臭水体", true, true));
    }

    [Fact]
    public void AnUnclosedQuoteRunsToTheEndAndChineseQuotesCount()
    {
        UserQuery.Parse("\"两高 项目").Should().Equal(new QueryPart("两高 项目", true, false));
        UserQuery.Parse("“两高”项目").Should().Equal(new QueryPart("两高", true, false), new QueryPart("项目", false, false));
    }

    [Fact]
    public void AHyphenInsideAWordIsNotAnExclusion()
    {
        UserQuery.Parse("NH3-N").Should().Equal(new QueryPart("NH3-N", false, false));
        UserQuery.Parse("- 污水").Should().Equal(new QueryPart("-", false, false), new QueryPart("污水", false, false));
    }
}
