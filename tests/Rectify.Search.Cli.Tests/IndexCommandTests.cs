using System.Security.Cryptography;
using System.Text;
using Rectify.Search.Cli.Tests.Support;

namespace Rectify.Search.Cli.Tests;

/// <summary><c>rectify index</c> run in-process against copies of the seeds in a temporary directory.</summary>
public sealed class IndexCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _seeds;
    private readonly string _data;

    public IndexCommandTests()
    {
        _seeds = Path.Combine(_dir.Path, "seeds");
        _data = Path.Combine(_dir.Path, "index-data");
        Directory.CreateDirectory(_seeds);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoFiles.Root, "seeds")))
            File.Copy(file, Path.Combine(_seeds, Path.GetFileName(file)));
    }

    public void Dispose() => _dir.Dispose();

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    private string Db => Path.Combine(_data, "rectify.db");

    [Fact]
    public void IndexingTheSeedsStores84ProblemsAndReportsEachFile()
    {
        var (exit, output, _) = Run("index", _seeds, "--data-dir", _data);
        exit.Should().Be(0);
        output.Should().Contain("✓ 000_fd899eb3d1702b98.txt  added  17 problems, 41 measures")
            .And.Contain("✓ 001_5cb408abd5d47804.txt  added  25 problems, 89 measures")
            .And.Contain("✓ 002_57f2b054bec5bb15.txt  added  14 problems, 56 measures")
            .And.Contain("✓ 003_89c821903e6b9e73.txt  added  11 problems, 50 measures")
            .And.Contain("✓ 004_5daf789ba15e6675.txt  added  17 problems, 23 measures")
            .And.Contain("missing 牵头单位: 一 (line 82)")
            .And.Contain("! line 319: problem 九 ends without any field")
            .And.Contain("skipped 1 file(s) that are not plan text (README.md)")
            .And.Contain("5 file(s): 5 added, 0 replaced, 0 unchanged, 0 failed, 0 removed; 84 problems, 259 measures")
            .And.Contain("search index: built 343 documents from 5 plan(s) in ");
    }

    [Fact]
    public void WordExcelAndPdfFilesInTheFolderAreRead()
    {
        // tests/Fixtures/formats: seed 004 as Word users write it, its 一、 （一） 1. labels made by automatic numbering,
        // seed 001's problems as an Excel task list, one row per measure with the problem's cells merged down
        // (tests/Rectify.Search.Reading.Tests/WordTwin.cs and ExcelTwin.cs made them), and seed 004 printed to PDF by
        // LibreOffice with a running header and page numbers (make-004-pdf.py).
        foreach (var fixture in new[] { "004-word.docx", "001-excel.xlsx", "004-print.pdf" })
            File.Copy(Path.Combine(RepoFiles.Root, "tests", "Fixtures", "formats", fixture), Path.Combine(_seeds, fixture));

        var (exit, output, _) = Run("index", _seeds, "--data-dir", _data);

        exit.Should().Be(0);
        output.Should().Contain("✓ 004-word.docx  added  17 problems, 23 measures  [docx]")
            .And.Contain("✓ 004_5daf789ba15e6675.txt  added  17 problems, 23 measures  [utf-8]")
            .And.Contain("✓ 001-excel.xlsx  added  25 problems, 89 measures  [xlsx]")
            .And.Contain("✓ 004-print.pdf  added  17 problems, 23 measures  [pdf]")
            .And.Contain("8 file(s): 8 added, 0 replaced, 0 unchanged, 0 failed, 0 removed; 143 problems, 394 measures");
    }

    [Fact]
    public void ADataDirectoryHoldingAnotherFileAsTheStoreIsRefusedAndTheFileKept()
    {
        Directory.CreateDirectory(_data);
        var db = Path.Combine(_data, "rectify.db");
        File.WriteAllText(db, "not a database");

        var (exit, _, error) = Run("index", _seeds, "--data-dir", _data);

        exit.Should().Be(1);
        error.Should().Contain($"rectify: {db} is not a SQLite database; Rectify.Search will not overwrite it");
        File.ReadAllText(db).Should().Be("not a database");
    }

    [Fact]
    public void APlanAddedLaterIsWrittenIntoTheIndexInUse()
    {
        var later = Path.Combine(_dir.Path, "004_5daf789ba15e6675.txt");
        File.Move(Path.Combine(_seeds, "004_5daf789ba15e6675.txt"), later);
        Run("index", _seeds, "--data-dir", _data).Out.Should().Contain("search index: built 303 documents from 4 plan(s) in ");

        File.Move(later, Path.Combine(_seeds, "004_5daf789ba15e6675.txt"));
        var (exit, output, _) = Run("index", _seeds, "--data-dir", _data);

        exit.Should().Be(0);
        output.Should().Contain("1 added, 0 replaced, 4 unchanged")
            .And.Contain("search index: updated in place, 1 plan(s) written (40 documents), 0 removed, in ");
        Run("search", "--document", "004_5daf789ba15e6675", "--data-dir", _data, "--seeds", "").Out.Should().Contain("17 problem(s)");
    }

    [Fact]
    public void ASecondRunChangesNothingInTheDatabase()
    {
        Run("index", _seeds, "--data-dir", _data).Exit.Should().Be(0);
        var before = SHA256.HashData(File.ReadAllBytes(Db));

        var (exit, output, _) = Run("index", _seeds, "--data-dir", _data);

        exit.Should().Be(0);
        output.Should().Contain("0 added, 0 replaced, 5 unchanged, 0 failed, 0 removed").And.Contain("nothing changed")
            .And.Contain("search index: up to date");
        SHA256.HashData(File.ReadAllBytes(Db)).Should().Equal(before);
    }

    [Fact]
    public void BrokenFilesAreReportedAndTheOtherPlansAreStillStored()
    {
        File.WriteAllBytes(Path.Combine(_seeds, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(_seeds, "binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14]);
        File.WriteAllText(Path.Combine(_seeds, "no-list.txt"), "关于加强生态环境保护工作的通知\n\n各乡镇人民政府：\n\n请认真贯彻落实。\n");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding(54936).GetBytes(File.ReadAllText(Path.Combine(_seeds, "004_5daf789ba15e6675.txt")));
        File.WriteAllBytes(Path.Combine(_seeds, "gbk-copy.txt"), gb);
        // UTF-8 bytes read as GB18030, then saved as UTF-8: valid characters (鏅嬪煄甯傚煄鍖), but not Chinese anyone wrote,
        // and the characters the decoder could not pair replaced by U+FFFD: refused, naming what happened and what is lost.
        var utf8 = Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(_seeds, "004_5daf789ba15e6675.txt")));
        File.WriteAllText(Path.Combine(_seeds, "mojibake.txt"), Encoding.GetEncoding(54936).GetString(utf8));

        var (exit, output, _) = Run("index", _seeds, "--data-dir", _data);

        exit.Should().Be(1);
        output.Should().Contain("✗ empty.txt  failed: the file is empty")
            .And.Contain("✗ binary.txt  failed: named .txt but the bytes are a zip archive, not a plan: unpack it and give the plan files inside")
            .And.Contain("✗ mojibake.txt  failed: the text is UTF-8 that was read as GBK (鍏充簬 for 关于) and saved so: 494 of its characters were replaced")
            .And.Contain("✓ no-list.txt  added  0 problems, 0 measures")
            .And.Contain("! line 1: no recognisable problem list")
            .And.Contain("✓ gbk-copy.txt  added  17 problems, 23 measures  [gb18030]")
            .And.Contain("10 file(s): 7 added, 0 replaced, 0 unchanged, 3 failed, 0 removed; 101 problems, 282 measures");
    }

    [Fact]
    public void AFileThatBreaksKeepsItsPreviouslyStoredPlan()
    {
        Run("index", _seeds, "--data-dir", _data);
        File.WriteAllBytes(Path.Combine(_seeds, "000_fd899eb3d1702b98.txt"), []);

        var (exit, output, _) = Run("index", _seeds, "--data-dir", _data);
        exit.Should().Be(1);
        output.Should().Contain("✗ 000_fd899eb3d1702b98.txt  failed: the file is empty");

        var (showExit, shown, _) = Run("show", "000_fd899eb3d1702b98", "--data-dir", _data);
        showExit.Should().Be(0);
        shown.Should().Contain("problems (17)");
    }

    [Fact]
    public void AFileRemovedFromTheDirectoryIsRemovedFromTheStore()
    {
        Run("index", _seeds, "--data-dir", _data);
        File.Delete(Path.Combine(_seeds, "002_57f2b054bec5bb15.txt"));

        var (exit, output, _) = Run("index", _seeds, "--data-dir", _data);

        exit.Should().Be(0);
        output.Should().Contain("- 002_57f2b054bec5bb15  removed").And.Contain("4 unchanged, 0 failed, 1 removed; 70 problems");
        Run("show", "002_57f2b054bec5bb15", "--data-dir", _data).Exit.Should().Be(2);
    }

    [Fact]
    public void AMissingFileIsReportedByName()
    {
        var (exit, output, _) = Run("index", Path.Combine(_seeds, "nope.txt"), "--data-dir", _data);
        exit.Should().Be(1);
        output.Should().Contain("✗ nope.txt  failed: cannot be read:");
    }

    [Fact]
    public void AnUnknownOptionIsABadArgument()
    {
        var (exit, _, error) = Run("index", "--colour", "--data-dir", _data);
        exit.Should().Be(2);
        error.Should().Contain("--colour");
    }

    [Fact]
    public void AnUnknownCommandIsABadArgument()
    {
        Run("indx").Exit.Should().Be(2);
    }
}
