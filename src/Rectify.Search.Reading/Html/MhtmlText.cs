using MimeKit;
using Rectify.Search.Core.Ingestion;

namespace Rectify.Search.Reading.Html;

/// <summary>
/// A web page saved whole (.mht, .mhtml: a browser's "save as single file", or Word's "single file web page", often
/// named .doc): a MIME message (MimeKit reads it) whose first text/html part is the page, quoted-printable or base64,
/// in the charset its part names. That part is read as any web page (<see cref="HtmlText"/>); its images and styles are
/// not. A message without a page but with a text part (a plan sent by mail and saved) is read as that text.
/// </summary>
internal static class MhtmlText
{
    public static DecodedText Extract(byte[] bytes, string path)
    {
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(new MemoryStream(bytes, writable: false));
        }
        catch (FormatException e)
        {
            throw new PlanReadException(path, $"{FormatSniffer.Describe(SourceFormat.Mhtml)} whose MIME structure cannot be read: {e.Message}");
        }
        var parts = message.BodyParts.OfType<TextPart>().ToList();
        if (parts.FirstOrDefault(p => p.IsHtml) is { } page)
        {
            var html = HtmlText.Extract(Bytes(page), path);
            return html with { EncodingName = "mhtml " + html.EncodingName };
        }
        if (parts.FirstOrDefault(p => p.IsPlain) is { } plain)
            return SourceDecoder.Decode(Bytes(plain), path) with { EncodingName = "mhtml text" };
        throw new PlanReadException(path,
            $"{FormatSniffer.Describe(SourceFormat.Mhtml)} with no page or text among its {message.BodyParts.Count()} part(s) ({string.Join(", ", message.BodyParts.Select(p => p.ContentType.MimeType).Distinct())})");
    }

    /// <summary>
    /// A part's bytes, its transfer encoding undone: in UTF-8 when the part names its charset, else as they are, for
    /// the decoder to tell (a page saved with its meta charset only).
    /// </summary>
    private static byte[] Bytes(TextPart part)
    {
        if (part.ContentType.Charset is not null)
            return System.Text.Encoding.UTF8.GetBytes(part.Text);
        using var decoded = new MemoryStream();
        part.Content?.DecodeTo(decoded);
        return decoded.ToArray();
    }
}
