using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Text;
using Rectify.Search.Indexing.Schema;

namespace Rectify.Search.Indexing.Building;

/// <summary>
/// Turns one enriched plan into its Lucene documents: one per problem and per measure, what search and precedents
/// find. The body's other sections (preamble, general requirements) are shown from the store with their plan and never
/// searched, so they are not indexed; no text is stored either (the store holds it: <see cref="Searching.RecordTexts"/>),
/// only the hash that collapses identical texts. Reads the stored values (deadlines, themes); parses nothing.
/// </summary>
public static class DocumentMapper
{
    public static IEnumerable<Document> Map(PlanDocument plan)
    {
        foreach (var problem in plan.Problems)
        {
            var problemId = RecordIds.Problem(plan.DocumentId, problem.Position);
            var problemText = ProblemText(problem);
            var deadline = problem.Deadline.DateNumber;
            var themes = problem.Themes.Select(t => t.ThemeId).ToList();
            var departments = LeadDepartments(problem);
            var problemDoc = Build(plan, IndexFields.Kinds.Problem, problemId, problemId, problemText, deadline, themes, themes, deadline);
            AddDepartments(problemDoc, departments);
            AddPlaces(problemDoc, problem.Places);
            // Problems are found by their whole: their own text, target and every measure (a problem found by its
            // measures); only measures are searched by their own text.
            var whole = string.Join("\n", new[] { problemText }.Concat(problem.Measures.Select(m => m.Text)));
            AddText(problemDoc, IndexFields.AllWords, IndexFields.AllBigrams, IndexFields.AllChars, whole);
            yield return problemDoc;
            foreach (var measure in problem.Measures)
            {
                // A measure is found under its problem's themes and under its own (001 四's sewage measure under an awareness problem).
                var measureThemes = themes.Union(measure.Themes.Select(t => t.ThemeId)).ToList();
                var measureDeadline = measure.Deadline?.DateNumber ?? deadline;
                var measureDoc = Build(plan, IndexFields.Kinds.Measure, RecordIds.Measure(plan.DocumentId, problem.Position, measure.Position), problemId,
                    measure.Text, measureDeadline, measureThemes, themes, deadline);
                AddText(measureDoc, IndexFields.Words, IndexFields.Bigrams, IndexFields.Chars, measure.Text);
                AddDepartments(measureDoc, departments);
                AddPlaces(measureDoc, problem.Places);
                yield return measureDoc;
            }
        }
    }

    /// <summary>What a problem's own record holds: its finding and its target.</summary>
    public static string ProblemText(Problem problem) =>
        string.Join("\n", new[] { problem.Text, problem.Fields.Target }.Where(t => !string.IsNullOrEmpty(t)));

    /// <summary>A text searched as words (with positions, for phrases), as character bigrams and as single characters (frequencies alone).</summary>
    private static void AddText(Document doc, string words, string bigrams, string chars, string text)
    {
        doc.Add(new TextField(words, text, Field.Store.NO));
        doc.Add(new Field(bigrams, text, FrequenciesOnly));
        doc.Add(new Field(chars, text, FrequenciesOnly));
    }

    /// <summary>The departments of the vocabulary that lead a problem: its lead units', else its responsible units'.</summary>
    private static List<string> LeadDepartments(Problem problem)
    {
        var lead = problem.Units.Where(u => u.Role == UnitRole.Lead).ToList();
        if (lead.Count == 0)
            lead = problem.Units.Where(u => u.Role == UnitRole.Responsible).ToList();
        return lead.Select(u => u.Department).OfType<Department>().Where(d => d.Kind == "department").Select(d => d.Id).Distinct(StringComparer.Ordinal).ToList();
    }

    private static void AddDepartments(Document doc, IEnumerable<string> departments)
    {
        foreach (var department in departments)
            Keyword(doc, IndexFields.Department, department, facet: true);
    }

    /// <summary>The places the problem names, by code: filtered and counted, never shown from the index.</summary>
    private static void AddPlaces(Document doc, IEnumerable<Place> places)
    {
        foreach (var place in places)
        {
            doc.Add(new StringField(IndexFields.Place, place.Code, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(IndexFields.Place, new BytesRef(place.Code)));
        }
    }

    private static Document Build(PlanDocument plan, string kind, string id, string? problemId, string text, int? deadline,
        IReadOnlyList<string> themes, IReadOnlyList<string>? problemThemes = null, int? problemDeadline = null)
    {
        problemThemes ??= [];
        var doc = new Document
        {
            new StringField(IndexFields.Id, id, Field.Store.YES),
            new SortedDocValuesField(IndexFields.Id, new BytesRef(id)),
            new StringField(IndexFields.Kind, kind, Field.Store.NO),
            new StringField(IndexFields.DocumentId, plan.DocumentId, Field.Store.NO),
            new StoredField(IndexFields.PlanVersion, plan.ContentHash),
            new StringField(IndexFields.TextHash, TextHash(text), Field.Store.YES),
        };
        if (problemId is not null)
        {
            doc.Add(new StringField(IndexFields.ProblemId, problemId, Field.Store.NO));
        }
        var m = plan.Metadata;
        if (m.Region is { } r)
        {
            Keyword(doc, IndexFields.Province, r.Province, facet: true, stored: true);
            if (r.City is not null)
                Keyword(doc, IndexFields.City, r.City, facet: true);
            if (r.County is not null)
                Keyword(doc, IndexFields.County, r.County, facet: true);
            Keyword(doc, IndexFields.RegionCode, r.Code);
            Keyword(doc, IndexFields.Level, r.Level.Wire(), facet: true);
        }
        if (m.Inspection.Round is { } round)
            Keyword(doc, IndexFields.Round, round.ToString(CultureInfo.InvariantCulture));
        if (m.Year is { } year)
        {
            doc.Add(new Int32Field(IndexFields.Year, year, NumericField));
            doc.Add(new SortedSetDocValuesField(IndexFields.YearFacet, new BytesRef(year.ToString(CultureInfo.InvariantCulture))));
        }
        if (deadline is { } dueOn)
            doc.Add(new SortedSetDocValuesField(IndexFields.DeadlineYear, new BytesRef((dueOn / 10000).ToString(CultureInfo.InvariantCulture))));
        if (deadline is { } date)
            doc.Add(new Int32Field(IndexFields.Deadline, date, NumericField));
        if (problemDeadline is { } due)
            doc.Add(new Int32Field(IndexFields.ProblemDeadline, due, NumericField));
        foreach (var theme in themes)
            Keyword(doc, IndexFields.Theme, theme, facet: true, stored: true);
        foreach (var theme in problemThemes)
            Keyword(doc, IndexFields.ProblemTheme, theme, facet: true);
        return doc;
    }

    /// <summary>
    /// Characters and bigrams are scored by BM25 and required, never matched as phrases: frequencies, no positions
    /// (the bigrams' positions were 60 % of the index's, 81 of 132 MB at 20,000 plans).
    /// </summary>
    private static readonly FieldType FrequenciesOnly = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS };

    /// <summary>A year or a date (yyyyMMdd), indexed whole (<see cref="IndexFields.NumericPrecisionStep"/>), not stored.</summary>
    private static readonly FieldType NumericField = new(Int32Field.TYPE_NOT_STORED) { NumericPrecisionStep = IndexFields.NumericPrecisionStep };

    /// <summary>
    /// A keyword, filtered on (and counted, as <paramref name="facet"/>), stored only where a search reads it back
    /// (<paramref name="stored"/>: the asking measure's province and themes for precedents); the store holds the rest.
    /// </summary>
    private static void Keyword(Document doc, string field, string value, bool facet = false, bool stored = false)
    {
        doc.Add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
        if (facet)
            doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    /// <summary>Identical texts (up to width, traditional forms, spaces and punctuation) share a hash.</summary>
    public static string TextHash(string text)
    {
        var normalized = TextNormalizer.Default.Normalize(text);
        var kept = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
                kept.Append(char.ToLowerInvariant(c));
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(kept.ToString())))[..16];
    }
}
