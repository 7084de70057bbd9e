using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rectify.Search.Reading.Tests;

/// <summary>
/// A Word document made from a plan's text as Word users make them: the labels 一、 （一） 1. are not typed but come
/// from automatic numbering (a multi-level list: 一、 in Chinese counting, （一） beneath it, 1. beneath that, each
/// restarting under its parent); a list that starts again at 一、 is a new list, as Word's "restart numbering" makes
/// it. A label that counting cannot give (a list that skips a number) is kept as typed text.
/// </summary>
internal static partial class WordTwin
{
    [GeneratedRegex(@"^([一二三四五六七八九十]+)、")]
    private static partial Regex Top();

    [GeneratedRegex(@"^（([一二三四五六七八九十]+)）")]
    private static partial Regex Second();

    [GeneratedRegex(@"^(\d{1,2})\. ")]
    private static partial Regex Third();

    /// <summary>The .docx bytes, and how many paragraphs were numbered by Word rather than typed.</summary>
    public static (byte[] Bytes, int Numbered) Make(string text)
    {
        using var buffer = new MemoryStream();
        var numbered = 0;
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            var numbering = new Numbering(Abstract());
            var counts = new int[3];
            var numId = 0;
            void NewList(int level, int start)
            {
                numId++;
                var instance = new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = numId };
                if (start != 1)
                    instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level });
                numbering.Append(instance);
                Array.Clear(counts);
                counts[level] = start - 1;
            }
            NewList(0, 1);
            foreach (var line in text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'))
            {
                var (level, number, rest) = Label(line);
                if (level < 0)
                {
                    body.Append(Paragraph(line));
                    continue;
                }
                if (number != counts[level] + 1)
                {
                    if (number != 1 && level > 0)
                    {
                        body.Append(Paragraph(line));
                        continue;
                    }
                    NewList(level, number);
                }
                counts[level] = number;
                for (var inner = level + 1; inner < counts.Length; inner++)
                    counts[inner] = 0;
                var paragraph = Paragraph(rest);
                paragraph.PrependChild(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })));
                body.Append(paragraph);
                numbered++;
            }
            main.Document = new Document(body);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
        }
        return (buffer.ToArray(), numbered);
    }

    private static (int Level, int Number, string Text) Label(string line)
    {
        if (Top().Match(line) is { Success: true } top)
            return (0, Chinese(top.Groups[1].Value), line[top.Length..]);
        if (Second().Match(line) is { Success: true } second)
            return (1, Chinese(second.Groups[1].Value), line[second.Length..]);
        if (Third().Match(line) is { Success: true } third)
            return (2, int.Parse(third.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), line[third.Length..]);
        return (-1, 0, line);
    }

    private static int Chinese(string numeral) =>
        Rectify.Search.Core.Text.ChineseNumerals.Parse(numeral) ?? throw new FormatException(numeral);

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static AbstractNum Abstract() => new(
        Level(0, NumberFormatValues.ChineseCounting, "%1、", LevelSuffixValues.Nothing),
        Level(1, NumberFormatValues.ChineseCounting, "（%2）", LevelSuffixValues.Nothing),
        Level(2, NumberFormatValues.Decimal, "%3.", LevelSuffixValues.Space))
    { AbstractNumberId = 1 };

    private static Level Level(int index, NumberFormatValues format, string text, LevelSuffixValues suffix) => new(
        new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelSuffix { Val = suffix }, new LevelText { Val = text })
    { LevelIndex = index };
}
