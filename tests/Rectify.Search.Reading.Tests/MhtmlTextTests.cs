using System.Text;
using Rectify.Search.Core.Ingestion;
using Rectify.Search.Reading;

namespace Rectify.Search.Reading.Tests;

/// <summary>A web page saved whole (.mht): the page part of the MIME message read as a page, in the charset it is in.</summary>
public sealed class MhtmlTextTests
{
    private const string Page = "<html><head><meta charset=\"gb2312\"><title>整改公示</title></head><body><div class=\"content\">"
        + "<h1>遂昌县第二轮省级生态环境保护督察反馈问题整改情况公示</h1><p>一、反馈问题：县城部分路段餐饮油烟直排。</p>"
        + "<p>二、整改目标：餐饮油烟净化设施安装率100%。</p><p>遂昌县生态环境保护委员会办公室</p><p>2023年6月2日</p></div></body></html>";

    private static byte[] Message(string partHeaders, string body) => Encoding.ASCII.GetBytes(
        "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01D9\"\r\n\r\n"
        + "------=_NextPart_01D9\r\n" + partHeaders + "\r\n\r\n" + body + "\r\n------=_NextPart_01D9--\r\n");

    [Fact]
    public void APageInGbkWithoutACharsetInItsPartIsDecodedAsItsBytesTell()
    {
        // Word's "single file web page": the part says text/html only, the bytes are GBK, base64.
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(Page);
        var bytes = Message("Content-Type: text/html\r\nContent-Transfer-Encoding: base64", Convert.ToBase64String(gbk, Base64FormattingOptions.InsertLineBreaks));

        var read = SourceReader.Read("公示.mht", bytes);

        read.Text.Split('\n').Should().StartWith(["遂昌县第二轮省级生态环境保护督察反馈问题整改情况公示", "一、反馈问题：县城部分路段餐饮油烟直排。"]);
        read.EncodingName.Should().StartWith("mhtml ");
        read.Notes.Should().BeEmpty();
    }

    [Fact]
    public void AMessageWithoutAPageOrTextIsRefusedNamingItsParts()
    {
        var bytes = Message("Content-Type: image/png\r\nContent-Transfer-Encoding: base64", Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47]));

        var read = () => SourceReader.Read("公示.mht", bytes);

        read.Should().Throw<PlanReadException>().Which.Message.Should().Contain("with no page or text among its 1 part(s) (image/png)");
    }
}
