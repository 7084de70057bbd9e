using Rectify.Search.Core.Ingestion;
using Rectify.Search.Reading.Legacy;

namespace Rectify.Search.Reading.Tests;

/// <summary>Runs only where LibreOffice is installed; on CI (.ci/run installs it) a missing LibreOffice fails instead.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Program is null && Environment.GetEnvironmentVariable("CI") is null)
            Skip = "LibreOffice is not installed (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui; .ci/run installs them)";
    }
}

public sealed class LibreOfficeTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(RepoFiles.Root, "tests", "Fixtures", "formats", name));

    private static Core.Model.PlanDocument Seed(string id) => PlanPipeline.Read(RepoFiles.Seed(id), File.ReadAllBytes(RepoFiles.Seed(id)));

    [LibreOfficeFact]
    public void AWord97DocumentIsConvertedAndReadWithItsNumbering()
    {
        var bytes = Fixture("004-word97.doc");

        var read = SourceReader.Read("004-word97.doc", bytes);
        var plan = PlanPipeline.Read("004-word97.doc", bytes, read);

        FormatSniffer.Detect(bytes).Should().Be(SourceFormat.LegacyOffice);
        read.EncodingName.Should().Be("doc→docx");
        plan.Problems.Should().HaveCount(17);
        plan.ShouldMatch(Seed("004_5daf789ba15e6675"));
    }

    [LibreOfficeFact]
    public void AnExcel97TaskListIsConvertedAndReadAsItsRows()
    {
        var bytes = Fixture("001-excel97.xls");

        var read = SourceReader.Read("001-excel97.xls", bytes);
        var plan = PlanPipeline.Read("001-excel97.xls", bytes, read);

        read.EncodingName.Should().Be("xls→xlsx");
        plan.Problems.Should().HaveCount(25);
        plan.ShouldMatch(Seed("001_5cb408abd5d47804"));
    }

    [LibreOfficeFact]
    public void AWpsFileIsReadAsTheWordFileItIs()
    {
        // WPS Writer saves .wps in Word's binary format; the name claims an older Office/WPS file, which it is.
        var bytes = Fixture("004-word97.doc");

        var plan = PlanPipeline.Read("城区方案.wps", bytes, SourceReader.Read("城区方案.wps", bytes));

        plan.Problems.Should().HaveCount(17);
        plan.Diagnostics.Should().NotContain(d => d.Code == "format-mismatch");
    }

    [LibreOfficeFact]
    public void AFileLibreOfficeCannotConvertIsRefusedWithItsName()
    {
        // An OLE2 header and nothing of a document after it.
        byte[] broken = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]];

        var act = () => SourceReader.Read("broken.doc", broken);

        act.Should().Throw<PlanReadException>().Which.Message.Should().StartWith("broken.doc: ");
    }

    [Fact]
    public void WithoutLibreOfficeAnOlderFileIsRefusedNamingThePackageToInstall()
    {
        var act = () => LibreOffice.Convert(Fixture("001-excel97.xls"), SourceFormat.LegacyOffice, "xlsx", "清单.xls", program: null);

        var refusal = act.Should().Throw<PlanReadException>().Which;
        refusal.Reason.Should().Be("an older Office or WPS file (.doc/.xls/.wps/.et) is read by converting it with LibreOffice, which is not installed: "
            + "install Debian's libreoffice-calc-nogui (or set RECTIFY_SOFFICE to soffice), or save the file as .xlsx");
        refusal.UnsupportedFormat.Should().BeTrue();
    }

    [Fact]
    public void AnOle2FileIsADocumentOrASpreadsheetByItsStreams()
    {
        LibreOffice.TargetOf(Fixture("004-word97.doc"), SourceFormat.LegacyOffice, "x.xls").Should().Be("docx");
        LibreOffice.TargetOf(Fixture("001-excel97.xls"), SourceFormat.LegacyOffice, "x.doc").Should().Be("xlsx");
    }
}
