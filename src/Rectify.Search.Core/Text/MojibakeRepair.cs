using System.Text;

namespace Rectify.Search.Core.Text;

/// <summary>
/// Repairs the mojibake whose bytes can be recovered, and only that: (1) GBK read one byte off — a byte lost, or a copy
/// decoded from an odd offset — where every character of a run pairs one character's second byte with the next one's
/// first, valid but rare characters (鍦ㄥ叏鐪…); (2) UTF-8 bytes decoded as GBK (鏅嬪煄甯…, the classic 锟斤拷 family).
/// The text's bytes are taken back (the GBK bytes it decodes to), realigned run by run of two-byte characters to the
/// pairing that gives GB 2312's common characters (a dynamic programme that drops as few bytes as it can; a character
/// whose byte was lost is lost) or decoded as UTF-8, and kept only when the result reads as Chinese
/// (<see cref="Mojibake.CommonShare(string, int)"/> ≥ <see cref="RepairedShareFloor"/>) with little lost (<see cref="MaxLostShare"/>). Anything else is refused as mojibake, as before.
/// </summary>
public static class MojibakeRepair
{
    /// <summary>A repair is kept when this share of its Chinese characters are common ones (real plans: above 0.95).</summary>
    public const double RepairedShareFloor = 0.9;

    /// <summary>A dropped byte costs this much against a pairing's common characters (+1 each): realigning needs a run of several characters to pay.</summary>
    private const double SkipCost = 1.5;

    private static readonly Lazy<Encoding> Gbk = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(936, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    });

    /// <summary>What was repaired: the text, the pattern (<c>gbk-one-byte-off</c>, <c>utf-8-read-as-gbk</c>), and how many characters were lost.</summary>
    public sealed record Repair(string Text, string Pattern, int CharactersLost, double CommonShare)
    {
        public string Describe() =>
            $"the text was mojibake ({(Pattern == GbkOneByteOff ? "GBK read one byte off" : "UTF-8 read as GBK")}) and was repaired: "
            + $"{CommonShare:P0} of its characters now common ones" + (CharactersLost > 0 ? $", {CharactersLost} character(s) lost where a byte was" : "");
    }

    public const string GbkOneByteOff = "gbk-one-byte-off";
    public const string Utf8ReadAsGbk = "utf-8-read-as-gbk";

    /// <summary>
    /// The repaired text when <paramref name="text"/>, or a stretch of it (<see cref="Mojibake.HasGarbledRun"/>), is
    /// mojibake of a known pattern and repairs to Chinese; else null.
    /// </summary>
    public static Repair? Of(string text)
    {
        var looks = Mojibake.Looks(text, out var share);
        if (!looks && !Mojibake.HasGarbledRun(text))
            return null;
        var bytes = Gbk.Value.GetBytes(text);
        if (looks && Encoding.UTF8.GetString(bytes) is var utf8 && Good(utf8, share) is { } utf8Share
            && utf8.Count(c => c == '\uFFFD') is var holes && Affordable(holes, utf8.Length))
            return new(utf8, Utf8ReadAsGbk, holes, utf8Share);
        return OfGbkBytes(bytes, share);
    }

    /// <summary>
    /// How many characters a text that is UTF-8 read as GBK (鍏充簬 for 关于) lost when it was misread — the decoder put
    /// U+FFFD where it could not map a pair of bytes — when that is too many to repair (<see cref="MaxLostShare"/>);
    /// null when the text is not of that pattern or could be repaired.
    /// </summary>
    public static int? Utf8ReadAsGbkLoss(string text) => Mojibake.Looks(text, out var share) ? Utf8ReadAsGbkLoss(text, share) : null;

    /// <summary>The same for a text already found to look like mojibake, its share of common characters <paramref name="share"/>.</summary>
    public static int? Utf8ReadAsGbkLoss(string text, double share)
    {
        var utf8 = Encoding.UTF8.GetString(Gbk.Value.GetBytes(text));
        return Good(utf8, share) is not null && utf8.Count(c => c == '\uFFFD') is var holes && !Affordable(holes, utf8.Length) ? holes : null;
    }

    /// <summary>
    /// GBK (or GB18030) bytes with a byte lost somewhere, realigned; null when no run needed it or the result reads no
    /// better than <paramref name="shareBefore"/> (the share of common characters before).
    /// </summary>
    public static Repair? OfGbkBytes(ReadOnlySpan<byte> bytes, double shareBefore = 0)
    {
        var (realigned, lost) = Realign(bytes);
        if (lost == 0)
            return null;
        var text = Gbk.Value.GetString(realigned);
        return Good(text, shareBefore) is { } share && Affordable(lost, text.Length) ? new(text, GbkOneByteOff, lost, share) : null;
    }

    /// <summary>
    /// A repair that loses more than this share of the text is refused: the bytes are gone, not misread (UTF-8 read
    /// as GBK by a decoder that replaced what it could not map keeps holes wherever it did).
    /// </summary>
    public const double MaxLostShare = 0.01;

    /// <summary>A few characters lost (a run's two ends) are affordable in any text; beyond them, <see cref="MaxLostShare"/> of it.</summary>
    private static bool Affordable(int lost, int length) => lost <= 4 + MaxLostShare * length;

    /// <summary>A repair is judged on this many Chinese characters at least (UTF-8 read as GBK shrinks a text by a third).</summary>
    private const int MinimumRepaired = 30;

    private static double? Good(string text, double shareBefore) =>
        Mojibake.CommonShare(text, MinimumRepaired) is { } share && share >= RepairedShareFloor && share > shareBefore ? share : null;

    /// <summary>
    /// Each run of bytes ≥ 0x80 paired into two-byte characters the best way: a pair scores 1 when it is a common
    /// character (GB 2312 level 1, or its punctuation and full-width forms), 0 when another valid one; a byte left out
    /// costs <see cref="SkipCost"/>. Aligned text keeps every pair; a run read one byte off drops its first and last.
    /// </summary>
    private static (byte[] Bytes, int Lost) Realign(ReadOnlySpan<byte> bytes)
    {
        var output = new List<byte>(bytes.Length);
        var lost = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80)
            {
                output.Add(bytes[i++]);
                continue;
            }
            var start = i;
            while (i < bytes.Length && bytes[i] >= 0x80)
                i++;
            var dropped = Pair(bytes[start..i], output, out var lastDropped);
            lost += dropped;
            // The decoder that misread the run wrote its orphaned last byte as '?': that stands for the byte, not for text.
            if (lastDropped && i < bytes.Length && bytes[i] == (byte)'?')
                i++;
        }
        return (output.ToArray(), lost);
    }

    /// <summary>Appends the best pairing of one run to <paramref name="output"/>; returns the bytes it dropped.</summary>
    private static int Pair(ReadOnlySpan<byte> run, List<byte> output, out bool lastDropped)
    {
        lastDropped = false;
        var n = run.Length;
        var best = new double[n + 1];
        var takePair = new bool[n + 1];
        for (var k = n - 1; k >= 0; k--)
        {
            var skip = best[k + 1] - SkipCost;
            var pair = k + 1 < n && ValidPair(run[k], run[k + 1]) ? (Common(run[k], run[k + 1]) ? 1 : 0) + best[k + 2] : double.NegativeInfinity;
            // On a tie (one byte too many, either end of it may go): a run's first byte is the orphan when it was read from
            // an odd offset, its last when it was cut; in between a lost byte leaves no tie.
            takePair[k] = k == 0 ? pair > skip : pair >= skip;
            best[k] = Math.Max(pair, skip);
        }
        var dropped = 0;
        for (var k = 0; k < n;)
        {
            if (takePair[k])
            {
                output.Add(run[k]);
                output.Add(run[k + 1]);
                k += 2;
            }
            else
            {
                dropped++;
                lastDropped = k == n - 1;
                k++;
            }
        }
        return dropped;
    }

    private static bool ValidPair(byte lead, byte trail) => lead is >= 0x81 and <= 0xFE && trail is >= 0x80 and <= 0xFE;

    /// <summary>GB 2312's level-1 characters (B0–D7) and its punctuation, full-width forms and symbols (A1–A9).</summary>
    private static bool Common(byte lead, byte trail) => trail >= 0xA1 && lead is (>= 0xB0 and <= 0xD7) or (>= 0xA1 and <= 0xA9);
}
