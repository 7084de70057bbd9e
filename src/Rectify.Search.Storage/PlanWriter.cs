using Microsoft.Data.Sqlite;
using Rectify.Search.Core.Enrichment.Departments;
using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Storage;

/// <summary>Writes one plan's rows inside a transaction that the caller owns.</summary>
internal static class PlanWriter
{
    /// <param name="parserVersion">The pipeline version the plan was read by: this one's, or an older one's when a migration rewrites its rows.</param>
    public static void Write(SqliteConnection connection, SqliteTransaction tx, PlanDocument plan, string? parserVersion = null, SourceFile? file = null)
    {
        using var w = new Inserter(connection, tx);
        var m = plan.Metadata;
        w.Insert("documents", new()
        {
            ["id"] = plan.DocumentId,
            ["source_path"] = plan.SourcePath,
            ["content_hash"] = plan.ContentHash,
            ["parser_version"] = parserVersion ?? PlanPipeline.Version,
            ["encoding"] = plan.Encoding,
            ["title"] = m.Title,
            ["edition"] = m.Edition,
            ["issuing_body"] = m.IssuingBody,
            ["document_number"] = m.DocumentNumber,
            ["date"] = m.Date,
            ["year"] = m.Year,
            ["year_source"] = m.YearSource,
            ["inspection_kind"] = m.Inspection.Kind,
            ["inspection_round"] = m.Inspection.Round,
            ["inspection_follow_up"] = m.Inspection.FollowUp ? 1 : 0,
            ["inspection_group"] = m.Inspection.Group,
            ["inspection_evidence"] = m.Inspection.Evidence,
            ["region_code"] = m.Region?.Code,
            ["region_level"] = m.Region?.Level.Wire(),
            ["province"] = m.Region?.Province,
            ["city"] = m.Region?.City,
            ["county"] = m.Region?.County,
            ["list_title"] = m.ListTitle,
            ["layout"] = m.Layout,
            ["year_confidence"] = m.YearConfidence,
            ["region_zone"] = m.RegionEvidence?.Zone,
            ["region_source"] = m.RegionEvidence?.Source,
            ["region_confidence"] = m.RegionEvidence?.Confidence,
            ["inspection_special"] = m.Inspection.Special ? 1 : 0,
            ["source_size"] = file?.Size,
            ["source_modified"] = file?.ModifiedTicks,
            ["places"] = PlaceColumn.Write(m.Places),
        });

        // The long texts go into one compressed value (PlanTexts), in the order the rows are written; the rows hold "".
        var texts = new PlanTexts();
        var sectionPosition = 0;
        void WriteSections(IEnumerable<Section> sections, string? parentId)
        {
            foreach (var s in sections)
            {
                var id = RowKeys.Of(plan.DocumentId, RecordIds.Section(plan.DocumentId, ++sectionPosition));
                w.Insert("sections", new()
                {
                    ["document_id"] = plan.DocumentId, ["parent_id"] = parentId, ["position"] = sectionPosition,
                    ["level"] = s.Level, ["ordinal"] = s.Ordinal, ["heading"] = "", ["text"] = "", ["line"] = s.Line,
                });
                texts.Sections.Add(s.Heading);
                texts.Sections.Add(s.Text);
                WriteSections(s.Children, id);
            }
        }
        WriteSections(plan.Sections, null);

        foreach (var p in plan.Problems.OrderBy(p => p.Position))
        {
            var pid = RecordIds.Problem(plan.DocumentId, p.Position);
            var problemKey = RowKeys.Of(plan.DocumentId, pid);
            var f = p.Fields;
            w.Insert("problems", new()
            {
                ["id"] = pid, ["document_id"] = plan.DocumentId, ["position"] = p.Position, ["label"] = p.Label,
                ["feedback_no"] = p.FeedbackNo, ["title"] = p.Title, ["text"] = "", ["categories"] = PlanStore.ToJson(p.Categories),
                ["target"] = f.Target is null ? null : "", ["deadline_raw"] = f.DeadlineRaw, ["status_note"] = f.StatusNote,
                ["deadline_source"] = f.DeadlineSource, ["progress"] = f.Progress,
                ["not_applicable"] = f.NotApplicable ? 1 : 0, ["not_applicable_note"] = f.NotApplicableNote,
                ["truncated"] = f.Truncated ? 1 : 0, ["line"] = p.Line,
                ["deadline_date"] = p.Deadline.Date, ["deadline_kind"] = p.Deadline.Kind.Wire(), ["deadline_status"] = p.Deadline.Status,
                ["deadline_ongoing"] = p.Deadline.Ongoing ? 1 : 0, ["deadline_unread"] = p.Deadline.Unread ? 1 : 0,
                ["deadline_immediate"] = p.Deadline.Immediate ? 1 : 0,
                ["places"] = PlaceColumn.Write(p.Places),
                ["location"] = f.Location,
            });
            texts.Problems.Add(p.Text);
            if (f.Target is not null)
                texts.Problems.Add(f.Target);
            WriteUnits(w, plan.DocumentId, problemKey, UnitRole.Lead, f.LeadUnits, p.Units);
            WriteUnits(w, plan.DocumentId, problemKey, UnitRole.Support, f.SupportUnits, p.Units);
            WriteUnits(w, plan.DocumentId, problemKey, UnitRole.Responsible, f.ResponsibleUnits, p.Units);
            foreach (var role in RoleUnit.Roles)
                WriteUnits(w, plan.DocumentId, problemKey, role, f.OtherUnits.Where(u => u.Role == role).Select(u => u.Name).ToList(), p.Units);
            WriteTargets(w, plan.DocumentId, problemKey, p.Targets);
            WriteNames(w, plan.DocumentId, problemKey, "leader", f.Leaders);
            WriteNames(w, plan.DocumentId, problemKey, "person", f.ResponsiblePersons);
            var text = MatchColumn.Of(p);
            WriteThemes(w, plan.DocumentId, problemKey, p.Themes, text, texts);

            foreach (var measure in p.Measures.OrderBy(m => m.Position))
            {
                var measureKey = RowKeys.Of(plan.DocumentId, RecordIds.Measure(plan.DocumentId, p.Position, measure.Position));
                w.Insert("measures", new()
                {
                    ["problem_id"] = problemKey, ["document_id"] = plan.DocumentId, ["position"] = measure.Position,
                    ["ordinal"] = measure.Ordinal, ["group_label"] = measure.Group, ["text"] = "",
                    ["responsible_person"] = measure.ResponsiblePerson, ["line"] = measure.Line,
                    ["deadline_raw"] = measure.Deadline?.Raw, ["deadline_date"] = measure.Deadline?.Date, ["deadline_kind"] = measure.Deadline?.Kind.Wire(),
                    ["deadline_status"] = measure.Deadline?.Status, ["deadline_ongoing"] = measure.Deadline?.Ongoing == true ? 1 : 0,
                    ["deadline_unread"] = measure.Deadline?.Unread == true ? 1 : 0, ["deadline_immediate"] = measure.Deadline?.Immediate == true ? 1 : 0,
                });
                texts.Measures.Add(measure.Text);
                WriteUnits(w, plan.DocumentId, measureKey, UnitRole.Lead, measure.LeadUnits, measure.Units);
                WriteUnits(w, plan.DocumentId, measureKey, UnitRole.Responsible, measure.ResponsibleUnits, measure.Units);
                WriteThemes(w, plan.DocumentId, measureKey, measure.Themes, text, texts);
            }
        }

        w.Insert("plan_texts", new() { ["document_id"] = plan.DocumentId, ["texts"] = texts.Compress() });

        var position = 0;
        foreach (var d in plan.Diagnostics)
        {
            w.Insert("diagnostics", new()
            {
                ["document_id"] = plan.DocumentId, ["position"] = ++position, ["severity"] = d.Severity.ToString().ToLowerInvariant(),
                ["line"] = d.Line, ["code"] = d.Code, ["message"] = d.Message,
            });
        }
    }

    /// <summary>The units of one role, each with the department enrichment gave it (<paramref name="assigned"/>, in the same order).</summary>
    private static void WriteUnits(Inserter w, string documentId, string ownerKey, UnitRole role, IReadOnlyList<string> units, IReadOnlyList<AssignedUnit> assigned)
    {
        var ofRole = assigned.Where(u => u.Role == role).ToList();
        for (var i = 0; i < units.Count; i++)
        {
            var a = i < ofRole.Count && ofRole[i].Name == units[i] ? ofRole[i] : null;
            // A department of the vocabulary is written by its id alone; one it does not hold (a vocabulary since changed) in full.
            var named = a?.Department is { } d && DepartmentVocabulary.Default.Find(d.Id) != d ? d : null;
            w.Insert("units", new()
            {
                ["owner_id"] = ownerKey, ["document_id"] = documentId, ["role"] = UnitCodes.Of(role), ["position"] = i + 1, ["name"] = units[i],
                ["department_id"] = a?.Department?.Id, ["department_name"] = named?.Name, ["department_name_en"] = named?.NameEn,
                ["department_kind"] = named?.Kind, ["level"] = a?.Level is { } level ? UnitCodes.Of(level) : null,
            });
        }
    }

    private static void WriteTargets(Inserter w, string documentId, string problemKey, IReadOnlyList<Target> targets)
    {
        for (var i = 0; i < targets.Count; i++)
        {
            var t = targets[i];
            w.Insert("targets", new()
            {
                ["problem_id"] = problemKey, ["document_id"] = documentId, ["position"] = i + 1, ["metric"] = t.Metric, ["metric_key"] = t.MetricKey,
                ["cmp"] = t.Cmp.Symbol(), ["value"] = t.Value, ["unit"] = t.Unit, ["by_when"] = t.By, ["text"] = t.Text,
                ["kind"] = t.Kind == TargetKind.Finding ? "finding" : "target", ["source"] = t.Source, ["measure_position"] = t.MeasurePosition,
                ["themes"] = string.Join(' ', t.Themes),
            });
        }
    }

    /// <summary>
    /// The themes of one problem or measure; their matches, contexts written as places in <paramref name="text"/> where
    /// they can be, among the plan's compressed texts (the column holds "").
    /// </summary>
    private static void WriteThemes(Inserter w, string documentId, string ownerKey, IReadOnlyList<ThemeTag> themes, MatchColumn.FieldText text, PlanTexts texts)
    {
        for (var i = 0; i < themes.Count; i++)
        {
            w.Insert("themes", new()
            {
                ["owner_id"] = ownerKey, ["document_id"] = documentId, ["position"] = i + 1,
                ["theme_id"] = themes[i].ThemeId, ["score"] = themes[i].Score, ["matches"] = "",
            });
            texts.Matches.Add(MatchColumn.Write(themes[i].Matches, text));
        }
    }

    private static void WriteNames(Inserter w, string documentId, string problemKey, string kind, IReadOnlyList<string> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            w.Insert("leaders", new()
            {
                ["problem_id"] = problemKey, ["document_id"] = documentId, ["kind"] = kind, ["position"] = i + 1, ["name"] = names[i],
            });
        }
    }

    /// <summary>Prepared INSERTs, one per table, reused across rows.</summary>
    private sealed class Inserter(SqliteConnection connection, SqliteTransaction tx) : IDisposable
    {
        public void Dispose()
        {
            foreach (var cmd in _commands.Values)
                cmd.Dispose();
        }

        private readonly Dictionary<string, SqliteCommand> _commands = [];

        public void Insert(string table, Dictionary<string, object?> row)
        {
            if (!_commands.TryGetValue(table, out var cmd))
            {
                cmd = connection.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = $"INSERT INTO {table} ({string.Join(", ", row.Keys)}) VALUES ({string.Join(", ", row.Keys.Select(k => "$" + k))});";
                foreach (var key in row.Keys)
                    cmd.Parameters.Add(new SqliteParameter("$" + key, null));
                _commands[table] = cmd;
            }
            foreach (var (key, value) in row)
                cmd.Parameters["$" + key].Value = value ?? DBNull.Value;
            cmd.ExecuteNonQuery();
        }
    }
}
