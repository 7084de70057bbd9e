using Rectify.Search.Core.Model;

using static Rectify.Search.Storage.Tests.StoreFile;

namespace Rectify.Search.Storage.Tests;

public sealed class UnitCodesTests
{
    [Fact]
    public void EveryRoleAndLevelHasANumberTheStoresCheckAcceptsAndReadsBackAsItself()
    {
        var roles = Enum.GetValues<UnitRole>();
        roles.Select(UnitCodes.Of).Should().OnlyHaveUniqueItems().And.OnlyContain(code => code >= 1 && code <= 8, "the units table checks role BETWEEN 1 AND 8");
        roles.Should().OnlyContain(role => UnitCodes.Role(UnitCodes.Of(role)) == role);
        var levels = Enum.GetValues<RegionLevel>();
        levels.Select(UnitCodes.Of).Should().OnlyHaveUniqueItems().And.OnlyContain(code => code >= 1 && code <= 3, "the units table checks level BETWEEN 1 AND 3");
        levels.Should().OnlyContain(level => UnitCodes.Level(UnitCodes.Of(level)) == level);
        // The numbers are stored: these must never change.
        (UnitCodes.Of(UnitRole.Lead), UnitCodes.Of(UnitRole.Responsible), UnitCodes.Of(RegionLevel.County)).Should().Be((1, 3, 3));
        FluentActions.Invoking(() => UnitCodes.Role(9)).Should().Throw<FormatException>().WithMessage("unit role 9");
    }

    [Fact]
    public void AUnitRowWithARoleOutsideTheNumbersIsRefusedByTheStore()
    {
        using var dir = new TempDirectory();
        var path = dir.File("rectify.db");
        using (var store = PlanStore.Open(path))
            store.Upsert(PlanFiles.Read(RepoFiles.Seed("000_fd899eb3d1702b98")));
        FluentActions.Invoking(() => Sql(path, "UPDATE units SET role = 9 WHERE rowid IN (SELECT rowid FROM units LIMIT 1);")).Should().Throw<Microsoft.Data.Sqlite.SqliteException>();
        Sql(path, "SELECT group_concat(role, ' ') FROM (SELECT DISTINCT role FROM units ORDER BY role);").Should().Be("1 3", "兴国县's plan names lead and responsible units");
    }
}
