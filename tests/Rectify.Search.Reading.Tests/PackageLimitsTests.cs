using System.IO.Compression;
using Rectify.Search.Core.Ingestion;

namespace Rectify.Search.Reading.Tests;

public sealed class PackageLimitsTests
{
    /// <summary>A .docx whose document.xml is 40 MB of one repeated paragraph: it compresses to almost nothing.</summary>
    private static byte[] Bomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
                writer.Write("<Types/>");
            using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open()))
            {
                writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
                var paragraph = "<w:p><w:r><w:t>一、问题</w:t></w:r></w:p>";
                for (var i = 0; i < 40 * 1024 * 1024 / paragraph.Length; i++)
                    writer.Write(paragraph);
                writer.Write("</w:body></w:document>");
            }
        }
        return buffer.ToArray();
    }

    [Fact]
    public void ADecompressionBombIsRefusedBeforeItIsInflated()
    {
        var bomb = Bomb();
        bomb.Length.Should().BeLessThan(1024 * 1024, "the test's bomb is small on disk");

        var act = () => SourceReader.Read("bomb.docx", bomb);

        act.Should().Throw<PlanReadException>()
            .WithMessage("bomb.docx: a Word document (.docx) whose part word/document.xml expands * times (to * MB): refused as a decompression bomb");
    }

    [Fact]
    public void AWordBodyNestedTenThousandDeepIsRefusedBeforeTheSdkRecursesIntoIt()
    {
        // The Open XML SDK builds its element tree by recursion: 20,000 tables in tables overflowed the stack and ended
        // the whole server (no exception to catch). The depth is read as a stream first.
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
                writer.Write("<Types/>");
            using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open()))
            {
                writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
                for (var i = 0; i < 20_000; i++)
                    writer.Write("<w:tbl><w:tr><w:tc>");
                writer.Write("<w:p><w:r><w:t>一、问题</w:t></w:r></w:p>");
            }
        }

        var act = () => SourceReader.Read("deep.docx", buffer.ToArray());

        act.Should().Throw<PlanReadException>()
            .WithMessage("deep.docx: a Word document (.docx) whose part word/document.xml nests elements more than 256 deep; refused (no real document does)");
    }
}
