using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Rectify.Search.Api.Tests.Support;
using Xunit.Abstractions;

namespace Rectify.Search.Api.Tests;

/// <summary>
/// Files nobody should upload, against the real server: the committed Word, Excel, PDF and web-page fixtures and the
/// seeds cut short, with bytes flipped or zeroed, under another format's name; zip bombs (one part expanding 300 MB,
/// a directory that lies about the size, 12,000 parts), Word bodies and web pages nested 100,000 deep, random bytes,
/// text in other encodings, hostile file names. Every answer is a 201 or a 4xx ProblemDetails without internals;
/// a refused file stores nothing; what is accepted is readable and deleted again, and at the end store and index hold
/// the seeds alone and agree. 150 files here (a fixed seed, so a failure replays); RECTIFY_UPLOAD_FUZZ=2000 for the
/// full run the README reports.
/// </summary>
public sealed class UploadFuzzTests(UploadFuzzTests.Server api, ITestOutputHelper output) : IClassFixture<UploadFuzzTests.Server>
{
    private const string Key = "k-fuzz-uploads";

    /// <summary>A server of its own: writes on, 16 MB per request, no rate limit to speak of.</summary>
    public sealed class Server() : ApiServer(new Dictionary<string, string>
    {
        ["Rectify:ApiKey"] = Key,
        ["Rectify:MaxUploadBytes"] = (16 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Rectify:WritesPerMinute"] = "1000000",
    });

    private static readonly string FormatsFolder = Path.Combine(RepoFiles.Root, "tests", "Fixtures", "formats");

    /// <summary>Files the mutations start from: every format the server reads without LibreOffice, and the seeds.</summary>
    private static readonly (string Name, byte[] Bytes)[] Bases =
    [
        .. new[] { "004-word.docx", "000-word-table.docx", "001-excel.xlsx", "003-portal.html", "004-print.pdf", "000-word-table.pdf" }
            .Select(f => (f, File.ReadAllBytes(Path.Combine(FormatsFolder, f)))),
        .. Rectify.Search.Tests.Shared.SeedIds.All.Select(id => (id + ".txt", File.ReadAllBytes(RepoFiles.Seed(id)))),
    ];

    private static readonly string[] Extensions = [".docx", ".xlsx", ".pdf", ".html", ".htm", ".txt", ".doc", ".xls", ".zip", ".png", ".exe", ".csv", ""];

    private static readonly string[] HostileNames =
    [
        "../../etc/passwd.txt", "..\\..\\windows\\win.ini.txt", "/etc/shadow.txt", "a\u0000b.txt", "....txt", ".txt", "CON.txt", "nul.docx",
        new string('长', 300) + ".txt", "plan.txt.exe", "%2e%2e%2fplan.txt", "<script>alert(1)</script>.html", "plan\r\nX-Injected: 1.txt",
        "\u202Etxt.exe", "  .txt", "plan?.txt", "plan*.txt", "\ud800.txt",
    ];

    [Fact]
    public async Task HostileFilesAreRefusedWithAReasonOrReadWholeAndNothingIsLeftHalfStored()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("RECTIFY_UPLOAD_FUZZ"), out var n) ? n : 150;
        var random = new Random(20261202);
        var failures = new List<string>();
        var statuses = new Dictionary<string, int>();
        var slowest = (Seconds: 0.0, Case: "");
        var cases = Fixed().Concat(Enumerable.Range(0, Math.Max(0, count - Fixed().Count())).Select(_ => Mutate(random))).ToList();
        foreach (var (kind, name, bytes) in cases)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            using var response = await api.Client.SendAsync(RawForm(name, bytes));
            var text = await response.Content.ReadAsStringAsync();
            if (watch.Elapsed.TotalSeconds > slowest.Seconds)
                slowest = (watch.Elapsed.TotalSeconds, $"{kind} {Printable(name)} ({bytes.Length:N0} bytes)");
            var status = (int)response.StatusCode;
            statuses[$"{kind} {status}"] = statuses.GetValueOrDefault($"{kind} {status}") + 1;
            var what = $"{kind} {Printable(name)} ({bytes.Length:N0} bytes) → {status}";
            if (text.Contains("   at ", StringComparison.Ordinal) || text.Contains(api.DataDirectory, StringComparison.Ordinal) || text.Contains("/tmp/", StringComparison.Ordinal))
                failures.Add($"{what} shows internals: {Cut(text)}");
            if (status == 201)
            {
                // Accepted: every file of the answer is a stored plan, readable in full; then it goes again.
                foreach (var file in JsonNode.Parse(text)!["files"].Items())
                {
                    var id = file["id"].Str();
                    var plan = await api.Get($"/api/documents/{Uri.EscapeDataString(id)}");
                    if (plan.Status != HttpStatusCode.OK || plan.Body["document"]!["problemCount"]!.GetValue<int>() != file["problems"]!.GetValue<int>())
                        failures.Add($"{what}: stored as {id} but reads back as {plan.Status} {Cut(plan.Body.ToJsonString())}");
                    using var delete = await api.Client.SendAsync(Uploads.Request(HttpMethod.Delete, $"/api/documents/{Uri.EscapeDataString(id)}", Key));
                    if (delete.StatusCode != HttpStatusCode.OK)
                        failures.Add($"{what}: could not delete {id}: {(int)delete.StatusCode}");
                }
            }
            else if (status is < 400 or >= 500)
                failures.Add($"{what}: {Cut(text)}");
            else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || JsonNode.Parse(text)?["detail"]?.GetValue<string>() is not { Length: > 0 })
                failures.Add($"{what} without a ProblemDetails detail: {Cut(text)}");
        }

        output.WriteLine($"{cases.Count} files, slowest answer {slowest.Seconds:F2} s ({slowest.Case})");
        foreach (var (outcome, times) in statuses.OrderBy(s => s.Key, StringComparer.Ordinal))
            output.WriteLine($"  {outcome}: {times}");
        failures.Should().BeEmpty();
        var health = (await api.Get("/healthz")).Body;
        (health["status"].Str(), health["documents"].Int(), health["indexCurrent"]!.GetValue<bool>()).Should().Be(("ok", 5, true), "only the seeds are left and the index agrees");
        statuses.Keys.Should().Contain(k => k.EndsWith(" 201", StringComparison.Ordinal)).And.Contain(k => k.EndsWith(" 422", StringComparison.Ordinal))
            .And.Contain(k => k.EndsWith(" 415", StringComparison.Ordinal));
    }

    /// <summary>The cases every run sends: bombs, deep nesting, hostile names, other encodings.</summary>
    private static IEnumerable<(string Kind, string Name, byte[] Bytes)> Fixed()
    {
        var seed = Bases.First(b => b.Name.EndsWith(".txt", StringComparison.Ordinal)).Bytes;
        yield return ("bomb", "bomb.docx", Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", new byte[300 * 1024 * 1024])));
        yield return ("bomb", "lying-sizes.docx", LyingSizes(Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", new byte[200 * 1024 * 1024]))));
        yield return ("bomb", "many-parts.xlsx", Zip([.. Enumerable.Range(0, 12_000).Select(i => ($"xl/p{i}.xml", new byte[1]))]));
        yield return ("bomb", "zip-in-zip.docx", Zip(("word/document.xml", Zip(("inner.xml", new byte[50 * 1024 * 1024])))));
        yield return ("nesting", "deep.html", Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "一、问题"));
        yield return ("nesting", "deep-tables.docx", WordBody(string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", 20_000)) + "<w:p><w:r><w:t>一、问题</w:t></w:r></w:p>"));
        yield return ("nesting", "deep-runs.docx", WordBody("<w:p>" + string.Concat(Enumerable.Repeat("<w:hyperlink>", 100_000)) + "<w:r><w:t>一、问题</w:t></w:r></w:p>"));
        yield return ("nesting", "deep.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n" + new string('[', 100_000) + "\nendobj\n%%EOF"));
        yield return ("encoding", "utf16.txt", Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(seed)));
        yield return ("encoding", "gb18030.txt", CodePagesEncoding(54936).GetBytes(Encoding.UTF8.GetString(seed)));
        yield return ("encoding", "nuls.txt", [.. seed.Take(2000), .. new byte[5000], .. seed.Skip(2000)]);
        yield return ("encoding", "one-line.txt", Encoding.UTF8.GetBytes(new string('污', 4_000_000)));
        yield return ("encoding", "newlines.txt", Encoding.UTF8.GetBytes(new string('\n', 2_000_000)));
        yield return ("empty", "empty.docx", []);
        yield return ("archive", "plans.zip", Zip(("plan.txt", seed)));
        foreach (var name in HostileNames)
            yield return ("name", name, seed);
    }

    private static Encoding CodePagesEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    /// <summary>One file made from a base: cut short, bytes flipped or zeroed, named as another format, or random bytes.</summary>
    private static (string Kind, string Name, byte[] Bytes) Mutate(Random random)
    {
        var (name, original) = Bases[random.Next(Bases.Length)];
        var bytes = (byte[])original.Clone();
        var stem = $"f{random.Next(1_000_000):D6}";
        switch (random.Next(6))
        {
            case 0:
                return ("truncated", stem + Path.GetExtension(name), bytes[..random.Next(bytes.Length)]);
            case 1:
                for (var i = random.Next(1, 33); i > 0; i--)
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                return ("flipped", stem + Path.GetExtension(name), bytes);
            case 2:
                var start = random.Next(bytes.Length);
                Array.Clear(bytes, start, Math.Min(bytes.Length - start, random.Next(1, 4096)));
                return ("zeroed", stem + Path.GetExtension(name), bytes);
            case 3:
                return ("lying", stem + Extensions[random.Next(Extensions.Length)], bytes);
            case 4:
                var noise = new byte[random.Next(0, 65_536)];
                random.NextBytes(noise);
                return ("random", stem + Extensions[random.Next(Extensions.Length)], noise);
            default:
                // A base's first bytes (its signature) followed by noise.
                var tail = new byte[random.Next(1, 32_768)];
                random.NextBytes(tail);
                return ("signature", stem + Path.GetExtension(name), [.. bytes.Take(random.Next(4, 600)), .. tail]);
        }
    }

    /// <summary>
    /// A multipart upload written byte by byte, the file name as UTF-8 between quotes whatever it holds (HttpClient
    /// refuses to send a NUL or a line break in a name; a hostile client does not ask).
    /// </summary>
    private static HttpRequestMessage RawForm(string name, byte[] bytes)
    {
        const string boundary = "rectify-fuzz-3f9a";
        var body = new MemoryStream();
        body.Write(Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
        body.Write(bytes);
        body.Write(Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n"));
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = content };
        request.Headers.Add("X-API-Key", Key);
        return request;
    }

    private static byte[] WordBody(string body) => Zip(
        ("[Content_Types].xml", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""")),
        ("_rels/.rels", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""")),
        ("word/document.xml", Encoding.UTF8.GetBytes($"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>""")));

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(bytes);
            }
        }
        return stream.ToArray();
    }

    /// <summary>A zip whose central directory says every part expands to 1 KB, whatever it really holds.</summary>
    private static byte[] LyingSizes(byte[] zip)
    {
        for (var i = 0; i + 46 <= zip.Length; i++)
        {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x01 && zip[i + 3] == 0x02)
                BitConverter.GetBytes(1024u).CopyTo(zip, i + 24);
            else if (zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x03 && zip[i + 3] == 0x04)
                BitConverter.GetBytes(1024u).CopyTo(zip, i + 22);
        }
        return zip;
    }

    private static string Printable(string name) => name.Length > 40 ? name[..40] + "…" : string.Concat(name.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    private static string Cut(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
